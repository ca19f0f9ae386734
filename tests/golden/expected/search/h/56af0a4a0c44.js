archivistSearchData("h/56af0a4a0c44",{" 통":[1,0]," 투":[1,0]," 특":[1,0]," 팀":[1,0]});
