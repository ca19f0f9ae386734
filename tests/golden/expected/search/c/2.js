archivistSearchData("c/2",["2025/01/반도체-수출/index.html","반도체 수출 14개월 연속 증가…</script><script>alert(1)</script>","2025-01-20",["박서연"],["반도체","AI","수출","C"],"ko"]);
