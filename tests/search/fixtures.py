"""Small deterministic search corpora built inline (no ../shared needed)."""
import random
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "content" / "2024" / "03" / "ai-engineer-talent-war.md"

NOUNS = (
    "경제 시장 금리 환율 수출 정부 정책 국회 법안 예산 은행 대출 금융 보험 증권 배당 실적 "
    "분기 매출 전망 기업 반도체 배터리 전기차 조선 철강 항공 건설 노동 물가 소비자 부동산 "
    "아파트 전세 거래 투자 펀드 지수 코스피 코스닥 개발 연구 데이터 클라우드 서비스 플랫폼 "
    "반도체업계 조선업계 금융당국 국토교통부 대규모언어모델 생성형인공지능 스마트폰 자율주행 "
    "모델 언어교육 규모"
).split()
PARTICLES = ["", "이", "가", "은", "는", "을", "를", "에", "에서", "의", "로", "으로", "와", "과", "도", "만"]
ENDINGS = ["고 밝혔다.", "다고 전했다.", "는 분석이 나온다.", "고 말했다.", "할 계획이다."]
EN_WORDS = "market growth bank rate export policy chips cloud data model energy trade labor".split()
TAGS = ["경제", "금융", "산업", "부동산", "IT", "정치"]
REPORTERS = ["김민준", "이서연", "박도윤", "최하은", "Alice Kim"]


def korean_sentence(rng: random.Random) -> str:
    """Return one synthetic Korean sentence: nouns with random particles."""
    words = [rng.choice(NOUNS) + rng.choice(PARTICLES) for _ in range(rng.randint(5, 10))]
    return " ".join(words) + rng.choice(ENDINGS)


def synthetic_doc(rng: random.Random, number: int) -> dict:
    """Return one synthetic search document (80% Korean, 20% English)."""
    year = 2018 + number % 7
    date = f"{year}-{1 + number % 12:02d}-{1 + number % 28:02d}"
    if rng.random() < 0.8:
        title = " ".join(rng.sample(NOUNS, 3))
        text = " ".join(korean_sentence(rng) for _ in range(rng.randint(4, 12)))
        lang = "ko"
    else:
        title = " ".join(rng.sample(EN_WORDS, 4)).title()
        text = " ".join(" ".join(rng.choices(EN_WORDS, k=12)).capitalize() + "." for _ in range(6))
        lang = "en"
    return {
        "id": number, "url": f"{year}/{date[5:7]}/doc-{number}/index.html", "title": title,
        "date": date, "year": year, "reporters": [REPORTERS[number % len(REPORTERS)]],
        "tags": sorted(set(rng.sample(TAGS, rng.randint(1, 3)))), "text": text, "lang": lang,
    }


def synthetic_docs(count: int, seed: int = 7) -> list[dict]:
    """Return count synthetic documents, the same for the same count and seed."""
    rng = random.Random(seed)
    return [synthetic_doc(rng, number) for number in range(count)]


def example_doc(number: int = 100_000) -> dict:
    """Return the user's example article (content/) as a search document."""
    _, front, body = EXAMPLE.read_text(encoding="utf-8").split("---\n", 2)
    meta = yaml.safe_load(front)
    text = "\n".join(line.lstrip("# ") for line in body.strip().splitlines())
    return {
        "id": number, "url": "2024/03/ai-engineer-talent-war/index.html", "title": meta["title"],
        "date": str(meta["date"]), "year": 2024, "reporters": [meta["reporter"]],
        "tags": [str(tag) for tag in meta["tags"]], "text": text, "lang": "ko",
    }


def special_docs(start: int) -> list[dict]:
    """Return hand-written documents for ranking, phrase and safety checks."""
    base = {"reporters": ["이서연"], "tags": ["IT"], "lang": "ko", "year": 2025}
    return [
        {**base, "id": start, "url": "2025/01/xss/index.html", "date": "2025-01-02",
         "title": "<img src=x onerror=alert(1)> 보안 점검",
         "text": "제목에 <script>alert(2)</script> 태그가 들어간 기사. 보안 점검 결과를 전했다."},
        {**base, "id": start + 1, "url": "2025/01/anthropic-brief/index.html", "date": "2025-01-03",
         "title": "클라우드 시장 동향", "tags": ["IT", "클라우드"],
         "text": "여러 기업 가운데 앤스로픽도 언급됐다. 클라우드 시장은 커지고 있다."},
        {**base, "id": start + 2, "url": "2025/01/phrase/index.html", "date": "2025-01-04",
         "title": "인공지능 인재 전쟁", "text": "실리콘밸리의 인재 전쟁이 새로운 극한으로 치닫고 있다."},
        {**base, "id": start + 3, "url": "2025/01/phrase-apart/index.html", "date": "2025-01-05",
         "title": "전쟁과 인재", "text": "전쟁 이야기와 인재 이야기는 따로 나왔다. 인재는 많고 전쟁은 없다."},
        {**base, "id": start + 4, "url": "2025/01/ai-once/index.html", "date": "2025-01-06",
         "title": "보고서 요약", "text": "이번 보고서는 AI 활용 사례를 다뤘다."},
        {**base, "id": start + 5, "url": "2025/01/aid/index.html", "date": "2025-01-07",
         "title": "농가 지원", "text": "Aid arrived. More aid, food aid and cash aid followed."},
    ]


def fixture_docs(count: int = 300) -> list[dict]:
    """Return the test corpus: synthetic documents, the example and special ones."""
    return synthetic_docs(count) + [example_doc()] + special_docs(count + 1)
