archivistSearchData("f/fcb12a7fb31a",{"d":"0"});
