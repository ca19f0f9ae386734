archivistSearchData("h/a5fa9270ee08",{" 따":[1,0]});
