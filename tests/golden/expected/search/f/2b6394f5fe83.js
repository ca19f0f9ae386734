archivistSearchData("f/2b6394f5fe83",{"d":"1"});
