archivistSearchData("h/44053f84f6cf",{});
