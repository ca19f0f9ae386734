archivistSearchData("h/bf21a9e8fbc5",{});
