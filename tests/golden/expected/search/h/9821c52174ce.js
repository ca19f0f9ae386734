archivistSearchData("h/9821c52174ce",{" 빼":[1,0]});
