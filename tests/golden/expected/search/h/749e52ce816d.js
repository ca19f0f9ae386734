archivistSearchData("h/749e52ce816d",{" 따":[1,0]});
