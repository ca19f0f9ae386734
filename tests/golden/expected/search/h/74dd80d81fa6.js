archivistSearchData("h/74dd80d81fa6",{" 패":[1,0]," 평":[1,0]," 프":[1,0]});
