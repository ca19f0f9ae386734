"""Korean words found on most news pages, which no suggested tag may be.

Made by scripts/tag_stoplist.py (run it again to regenerate) from document frequencies: on the
development part's pages (a word on the pages of 75% of its outlets or more), in its
article bodies (25% of the articles or more) and in the synthetic corpus's fixed phrasing.
Never from the check part.
"""

COMMON_KO = frozenset((
    "Copyright 가능성 것으 것이 경기 경제 계획 관계자 국민 기사 나섰 나온 내용 뉴스 다음 닫기 더욱 동시 등으 때문 문화 밝혔 분석 사람 사례 상대 상황 새로운 서비스 "
    "스포츠 시작 알려졌 없이 이라 이런 있어 정치 처음 최신 해야 회사 "
).split())
