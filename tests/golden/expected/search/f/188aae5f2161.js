archivistSearchData("f/188aae5f2161",{"d":"10"});
