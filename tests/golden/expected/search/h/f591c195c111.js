archivistSearchData("h/f591c195c111",{" 컴":[1,0]," 큰":[1,0]," 클":[1,0]});
