archivistSearchData("f/a11bd76eafe7",{"d":"2"});
