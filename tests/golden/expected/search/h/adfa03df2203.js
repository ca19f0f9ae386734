archivistSearchData("h/adfa03df2203",{});
