archivistSearchData("h/74f9fdd29058",{" 컴":[1,0]," 큰":[1,0]," 클":[1,0]});
