archivistSearchData("c/1",["2025/01/chip-exports/index.html","Chip exports hit a record: what the numbers say","2025-01-15",["Jane Doe","박서연"],["Chips","ai","반도체","C++"],"en"]);
