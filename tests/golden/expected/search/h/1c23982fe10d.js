archivistSearchData("h/1c23982fe10d",{" 까":[1,0]});
