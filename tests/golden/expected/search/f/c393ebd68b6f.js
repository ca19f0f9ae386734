archivistSearchData("f/c393ebd68b6f",{"d":"000"});
