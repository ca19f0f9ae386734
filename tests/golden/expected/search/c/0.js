archivistSearchData("c/0",["2024/03/ai-engineer-talent-war/index.html","AI 엔지니어 얼마면 돼?…저커버그 직접 러브콜","2024-03-28",["김인엽"],["AI","빅테크","인재","앤스로픽","아마존"],"ko"]);
