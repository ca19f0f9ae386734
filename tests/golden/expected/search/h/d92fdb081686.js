archivistSearchData("h/d92fdb081686",{" 패":[1,0]," 평":[1,0]," 프":[1,0]});
