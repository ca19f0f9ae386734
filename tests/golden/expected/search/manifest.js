archivistSearchData("manifest",{"version":2,"count":3,"denseKeyLen":2,"wordKeyLen":20,"block":500,"shards":[["","k/7584a207b73c"]],"years":[[2024,0,1],[2025,1,3]]});
