archivistSearchData("h/6cb5fd9d90cb",{" 까":[1,0]});
