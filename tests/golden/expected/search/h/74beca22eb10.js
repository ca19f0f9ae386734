archivistSearchData("h/74beca22eb10",{" 빼":[1,0]});
