"""Vietnamese for the assistant, as data: number words, date and money patterns, a phrase
lexicon glossing Vietnamese into the grammar's vocabulary, and the reply texts.

Keys are written with their marks. Typed without marks ("toi da chi 50k cho ca phe") they
still match; typed with marks they must agree ("chị" is a sister, not "chi", spend).
Patterns are written without marks.
"""

from __future__ import annotations

from lingassist.assistant.language_pack import LanguagePack, NumberWords

_WEEKDAY = r"(thu\s+(?:hai|ba|tu|nam|sau|bay|[2-7])|chu\s+nhat|t[2-7]|cn)"
WEEKDAYS = {
    "thứ hai": "monday", "thứ ba": "tuesday", "thứ tư": "wednesday", "thứ năm": "thursday",
    "thứ sáu": "friday", "thứ bảy": "saturday", "chủ nhật": "sunday", "t2": "monday",
    "thứ 2": "monday", "thứ 3": "tuesday", "thứ 4": "wednesday", "thứ 5": "thursday",
    "thứ 6": "friday", "thứ 7": "saturday", "t3": "tuesday", "t4": "wednesday", "t5": "thursday",
    "t6": "friday", "t7": "saturday",
    "cn": "sunday",
}  # fmt: skip

NUMBERS = NumberWords(
    units={
        "một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5,
        "nhăm": 5, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9, "mười": 10,
    },
    tens={"mươi": 10, "chục": 10},
    hundreds={"trăm": 100},
    scales={"nghìn": 1000, "ngàn": 1000, "triệu": 1_000_000, "tỷ": 1_000_000_000,
            "tỉ": 1_000_000_000, "củ": 1_000_000},
    halves=frozenset({"rưỡi"}),
    joiners=frozenset({"linh", "lẻ"}),
    alone_not_numbers=frozenset(
        {"một", "mốt", "hai", "ba", "bốn", "tư", "năm", "lăm", "nhăm", "sáu", "bảy", "bẩy",
         "tám", "chín", "mười", "trăm", "mươi", "chục", "nghìn", "ngàn", "triệu", "tỷ", "tỉ", "củ",
         "rưỡi"}
    ),
    digit_after_scale=True,
)  # fmt: skip

PATTERNS = (
    # dates
    (_WEEKDAY + r"\s+(?:tuan\s+truoc|tuan\s+roi)", "{weekday:1} last week"),
    (_WEEKDAY + r"\s+tuan\s+nay", "{weekday:1} this week"),
    (_WEEKDAY + r"\s+tuan\s+(?:sau|toi)", "{weekday:1} next week"),
    (r"(?:vao\s+)?" + _WEEKDAY, "on {weekday:1}"),
    (r"(?:vao\s+)?ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})(?:\s+nam\s+((?:19|20)\d{2}))?",
     "on {1} {month:2} {3}"),
    (r"(?:vao\s+)?ngay\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})", "on {1} {month:2}"),
    (r"(?:trong\s+|vao\s+)?thang\s+(\d{1,2})(?:\s+nam\s+((?:19|20)\d{2}))?", "in {month:1} {2}"),
    (r"(\d{1,2})\s+ngay\s+(?:truoc|trc)", "{1} days ago"),
    (r"(\d{1,2})\s+tuan\s+(?:truoc|trc)", "{1} weeks ago"),
    # names: a kinship title before a name is not part of it ("anh Tuấn" is Tuấn)
    (r"(?:anh|chi|em|co|chu|bac|ong|ba|di|cau|thay)\s+(?=(?-i:[A-Z]))", ""),
    # "thêm cả Chi", "cả Chi nữa": someone more (on a split just made)
    (r"them\s+ca\s+(?=(?-i:[A-Z]))", "add "),
    (r"ca\s+(?=(?-i:[A-Z]))", "also "),
    # "3 khoản chi lớn nhất": the largest purchases, ranked
    (r"(\d{1,3})\s+(?:khoan\s+chi|giao\s+dich|mon\s+chi)\s+(?:lon|to)\s+nhat",
     "{1} biggest purchases"),
    (r"(?:khoan\s+chi|giao\s+dich|mon\s+chi)\s+(?:lon|to)\s+nhat", "biggest purchases"),
    # questions and commands whose order differs from the grammar's
    (r"(?:toi\s+|minh\s+)?(?:tieu|chi)\s+nhieu\s+nhat\s+(?:vao|cho)\s+(?:cai\s+)?gi",
     "what did i spend the most on"),
    (r"tien\s+di\s+dau\s+(?:het\s+)?(?:roi\s+)?(?:vay\s+)?", "where did my money go"),
    # money received asked about: "tôi kiếm được bao nhiêu", "thu nhập tháng 10"
    (r"(?:toi\s+|minh\s+|em\s+)?(?:da\s+)?(?:kiem|thu|nhan|lam)\s+(?:duoc\s+|ve\s+)+"
     r"(?:tong\s+(?:cong\s+)?)?(?:bao\s+nhieu|may)(?:\s+tien)?", "how much did i earn"),
    (r"(?:tong\s+)?thu\s+nhap\s+(?:cua\s+(?:toi|minh|em)\s+)?(?:la\s+)?(?:bao\s+nhieu|may)(?:\s+tien)?",
     "how much income"),
    (r"(?:tong\s+)?thu\s+nhap\s+(?:cua\s+(?:toi|minh|em)\s+)?(?=(?:thang|tuan|nam|hom|tu|trong)\b)",
     "my income "),
    (r"(?:toi\s+|minh\s+)?con\s+(?:lai\s+)?bao\s+nhieu\s+tien", "how much money do i have"),
    (r"con\s+(?:duoc\s+)?(?:tieu|chi)\s+(?:them\s+)?(?:duoc\s+)?bao\s+nhieu",
     "how much can i still spend"),
    (r"con\s+(?:lai\s+)?bao\s+nhieu", "how much is left"),
    (r"(?:co\s+)?vuot\s+ngan\s+sach(?:\s+khong)?", "have i gone over budget"),
    (r"(?:nhung|cac)\s+dich\s+vu\s+nao", "what services"),
    (r"dang\s+dang\s+ky", "am subscribed to"),
    (r"(\d{1,3})\s+giao\s+dich\s+(?:gan\s+(?:nhat|day)|moi\s+nhat|cuoi)", "last {1} transactions"),
    (r"(?:ban\s+)?lam\s+(?:duoc\s+)?(?:nhung\s+)?gi", "what can you do"),
    (r"(me|bo|ba|ong|ba|vo|chong)\s+cho\s+(?=\d)", "{1} sent me "),
    (r"chuyen\s+(?=(?-i:[A-Z])\S*\s+sang\s+muc)", "move "),
    (r"bang\s+bao\s+nhieu", "convert to"),
    (r"^(?:xin\s+)?chao(?:\s+ban)?\s*[,!.]?\s+(?=\w)", ""),  # a greeting before a request
    (r"tren\s+(?=\d)", "over "),  # "trên 500k" bounds an amount, "trên Shopee" is a place
    (r"nua\s+(trieu|ty|ti)", "0,5 {1}"),  # "nửa triệu": half a million
    (r"(\d+)\s*(trieu|ty|ti|nghin|ngan)\s+ruoi", "{1},5 {2}"),  # "2 triệu rưỡi": 2.5 million
    (r"^(?:giup\s+(?:toi|minh|em)(?:\s+voi)?|tro\s+giup)\s*[?!.]*$", "help"),
    (r"^khong\b", "no"),
    (r"^(?:thoi|thoi\s+nhe|thoi\s+khong\s+can)\s*[.!]*$", "never mind"),
    (r"may\s+gio", "what time"),
    (r"^con\b", "and"),
)  # fmt: skip

_LEXICON = {
    # pronouns, particles, prepositions
    "tôi": "i", "mình": "i", "tớ": "i", "tao": "i", "của tôi": "my", "của mình": "my",
    "của": "of", "cho": "for", "với": "with", "ở": "at", "tại": "at", "từ": "from",
    "trong": "in", "vào": "into", "sang": "to", "và": "and", "hoặc": "or", "các": "",
    "những": "", "cái": "", "đã": "", "vừa": "just", "rồi": "", "nhé": "", "nha": "",
    "ạ": "", "đi": "", "vậy": "", "thế": "", "chứ": "", "mà": "", "là": "is", "được": "",
    "bao nhiêu": "how much", "bao nhiêu tiền": "how much", "mấy": "how much",
    "giá vàng": "gold price", "tỷ giá": "exchange rate", "giá đô": "exchange rate",
    "giá cổ phiếu": "share price", "giá bitcoin": "bitcoin price",
    "tổng": "total", "tổng cộng": "total", "trên": "on", "dưới": "under", "hơn": "more than",
    "một tháng": "a month", "mỗi tháng": "a month", "hàng tháng": "monthly",
    "một năm": "a year", "mỗi năm": "a year", "hàng năm": "yearly",
    "mỗi ly": "each", "mỗi": "each", "làm ơn": "please", "giúp tôi": "help me",
    "cho tôi xem": "show me", "cho mình xem": "show me", "xem": "show", "hiện": "show",
    "liệt kê": "list", "danh sách": "list of",
    "danh sách chi tiêu": "list of transactions", "kiểm tra": "check", "không": "no",
    "thôi": "", "à": "oh", "sửa thành": "make it", "đổi thành": "make it", "nhân": "times",
    # follow-ups: more people on a split, the day beside, a new figure, a ranking
    "nữa": "also", "sửa lại thành": "make it", "đổi lại thành": "make it",
    "chỉnh thành": "make it", "chỉnh lại thành": "make it", "đặt lại": "set it to",
    "đặt lại thành": "set it to", "nhầm rồi": "sorry", "à nhầm": "oops", "xin lỗi": "sorry",
    "hôm trước đó": "the day before", "ngày hôm trước": "the day before",
    "ngày trước đó": "the day before", "hôm sau": "the day after",
    "ngày hôm sau": "the day after", "hôm sau đó": "the day after",
    "ngày sau đó": "the day after", "chia theo": "break it down by",
    "phân theo": "break it down by", "tách theo": "break it down by",
    "xem theo": "break it down by", "chi tiết theo": "break it down by",
    "theo từng": "by", "theo cửa hàng": "by shop", "cửa hàng": "shop", "theo quán": "by shop",
    "thì sao": "", "từng": "each", "tháng trước đó": "the month before",
    "tuần trước đó": "the week before", "năm trước đó": "the year before",
    "xin chào": "hello", "chào": "hello", "cảm ơn": "thanks", "cám ơn": "thanks",
    # verbs
    "chi": "spent", "đã chi": "spent", "tiêu": "spent", "đã tiêu": "spent", "tốn": "spent",
    "hết": "spent", "mất": "spent", "mua": "buy", "mới mua": "just bought", "đã mua": "bought",
    "vừa mua": "just bought",
    "ăn": "ate", "uống": "drank", "nhậu": "drinks", "trả": "paid", "đã trả": "paid",
    "vừa trả": "just paid", "trả tiền": "paid", "trả cho": "pay to", "trả tiền cho": "pay",
    "trả nợ": "pay back",
    "rút tiền ở cây atm": "took out at the atm", "rút tiền ở atm": "took out at the atm",
    "rút ở cây atm": "took out at the atm", "rút ở atm": "took out at the atm",
    "rút tiền mặt": "cash withdrawal", "rút tiền": "took out", "rút": "took out",
    "ở cây atm": "at the atm", "ở atm": "at the atm",
    "thanh toán": "pay", "chuyển": "transfer", "chuyển khoản": "transfer",
    "chuyển tiền": "transfer", "gửi": "send", "chuyển cho": "pay", "chuyển khoản cho": "pay",
    "chuyển tiền cho": "pay", "gửi cho": "pay", "gửi tiền cho": "pay",
    "gửi tiết kiệm": "put into savings",
    "mẹ gửi": "mum sent", "má gửi": "mum sent", "bố gửi": "dad sent", "ba gửi": "dad sent",
    "mẹ cho": "mum gave", "má cho": "mum gave", "bố cho": "dad gave", "ba cho": "dad gave",
    "ông gửi": "grandad sent", "bà gửi": "grandma sent", "ông cho": "grandad gave",
    "bà cho": "grandma gave", "một nửa của": "half of", "một nửa": "half of",
    "nửa của": "half of",
    "thêm": "add", "ghi": "record", "ghi lại": "record", "nhận": "received",
    "nhận được": "received", "được trả": "got paid", "được thưởng": "got a bonus",
    "bán": "sold", "hoàn tiền": "refund", "được hoàn tiền": "got a refund",
    "được hoàn": "got a refund", "hoàn lại": "refunded", "đã hoàn lại": "refunded",
    "trả hàng": "returned", "chia đôi với": "split with", "chia với": "split with",
    "chia đôi": "split", "chia": "split", "đặt": "set", "đặt ngân sách": "set a budget",
    "giới hạn chi tiêu": "budget", "giới hạn": "budget", "hoàn tác": "undo", "xóa": "delete",
    "xoá": "delete", "hủy": "cancel", "huỷ": "cancel", "hủy cái đó": "cancel that",
    "bỏ đi": "never mind", "thôi bỏ đi": "never mind", "thôi khỏi": "never mind",
    "khỏi": "never mind", "trợ giúp": "help", "định mua": "going to buy", "định": "going to",
    "dự kiến": "planned", "trung bình": "average",
    "sẽ": "will", "chắc": "maybe", "chắc là": "maybe", "có lẽ": "maybe", "sắp": "going to",
    "muốn mua": "want to buy", "muốn": "want to",
    "muốn tiết kiệm": "want to save", "với bạn": "with a friend", "bạn bè": "friends",
    "đồng nghiệp": "colleagues", "ước gì": "i wish", "ước": "wish", "bị mất": "lost",
    "đổi": "change",
    "bị từ chối": "declined", "từ chối": "declined", "kể": "tell", "chuyện cười": "a joke",
    "sửa": "repair", "khách trả": "client paid",
    # money words
    "tiền": "", "đô": "dollars", "đồng": "đồng", "củ": "triệu", "lương": "salary",
    "nhận lương": "received salary", "thưởng": "bonus received", "tiền thưởng": "bonus received",
    "lì xì": "lucky money", "được lì xì": "received lucky money", "được tặng": "received a gift of",
    "được cho": "received", "cuối năm": "year-end", "thu nhập": "income", "kiếm được": "earned",
    "chi tiêu": "spending", "tổng chi tiêu": "total spending", "khoản chi": "expense",
    "thêm khoản chi": "add an expense", "các khoản chi": "transactions",
    "các khoản hoàn tiền": "refunds", "các khoản thu": "income",
    "các khoản chuyển khoản": "transfers", "các lần chuyển khoản": "transfers",
    "ngân sách": "budget", "số dư": "balance", "tài khoản": "account",
    "tài khoản thanh toán": "checking", "tài khoản tiết kiệm": "savings",
    "tiết kiệm": "savings", "giao dịch": "transactions", "lịch sử giao dịch": "transaction history",
    "giao dịch vừa rồi": "the last transaction", "giao dịch cuối cùng": "the last transaction",
    "giao dịch cuối": "the last transaction",
    "cái vừa thêm": "what i just added", "gói đăng ký": "subscriptions",
    "đăng ký": "subscriptions", "các khoản trả hàng tháng": "subscriptions",
    "theo danh mục": "by category", "danh mục": "categories", "top": "top",
    "phân tích chi tiêu": "breakdown of spending", "phân tích": "breakdown",
    "thẻ ngân hàng": "card", "thẻ": "card", "mã pin": "pin", "lãi suất": "interest rate",
    "thời tiết": "weather", "dạy thêm": "tutoring", "làm thêm": "side hustle",
    "trông trẻ": "babysitting", "thiết kế": "design job",
    # dates
    "hôm qua": "yesterday", "hôm nay": "today", "hôm kia": "the day before yesterday",
    "mấy hôm trước": "a few days ago", "mấy ngày trước": "a few days ago",
    "vài hôm trước": "a few days ago", "vài ngày trước": "a few days ago",
    "hôm trước": "the other day", "mấy tuần trước": "a few weeks ago",
    "kiếm": "earn",
    "tối qua": "last night", "đêm qua": "last night", "sáng nay": "this morning",
    "trưa nay": "today", "chiều nay": "this afternoon", "tối nay": "tonight",
    "ngày mai": "tomorrow", "tuần này": "this week", "tuần trước": "last week",
    "tuần rồi": "last week", "tháng này": "this month", "tháng trước": "last month",
    "tháng rồi": "last month", "tháng sau": "next month", "tháng tới": "next month",
    "năm nay": "this year", "năm ngoái": "last year", "năm trước": "last year",
    "mùa hè này": "this summer", "mùa hè vừa rồi": "last summer", "mùa hè": "in the summer",
    "mùa xuân": "in the spring", "mùa thu": "in the autumn", "mùa đông": "in the winter",
    "gần nhất": "latest", "gần đây": "recent",
    # written the short way (chat)
    "hqua": "yesterday", "hnay": "today", "ck": "transfer", "bn": "how much", "ko": "no",
    "hok": "no", "dc": "", "đc": "", "mk": "i", "mik": "i", "cf": "coffee", "r": "",
    "tuần trc": "last week", "tháng trc": "last month",
    # categories
    "cà phê": "coffee", "cafe": "coffee", "cafê": "coffee", "trà sữa": "bubble tea",
    "trà đá": "iced tea", "trà": "tea",
    "ăn trưa": "lunch", "ăn sáng": "breakfast", "ăn tối": "dinner", "ăn uống": "food",
    "tiền ăn": "food", "tiền ăn uống": "food", "tiền ăn tối": "dinner", "tiền ăn trưa": "lunch",
    "tiền ăn sáng": "breakfast", "xăng": "petrol", "đổ xăng": "petrol",
    "tiền xăng": "petrol", "siêu thị": "supermarket", "đi siêu thị": "supermarket",
    "chợ": "groceries", "đi chợ": "groceries", "tiền chợ": "groceries", "tiền nhà": "rent",
    "tiền điện": "electricity", "tiền nước": "water bill", "cắt tóc": "haircut",
    "thuốc": "medicine", "tiền thuốc": "medicine", "khám răng": "dentist", "sách": "books",
    "quần áo": "clothes", "áo": "clothes", "giày": "shoes", "xem phim": "movies",
    "xe buýt": "bus", "vé xe buýt": "bus", "vé máy bay": "flight", "máy bay": "flight",
    "gửi xe": "parking", "tiền gửi xe": "parking", "quà": "gift", "quà sinh nhật": "gift",
    "sửa xe": "car repair", "học": "tuition", "tiền học": "tuition", "điện thoại": "phone",
    "mua sắm": "shopping", "đi lại": "transport", "rau": "groceries", "mục": "category",
    "phở": "meal", "bún": "meal", "bún chả": "meal", "bún bò": "meal", "cơm": "meal",
    "cơm tấm": "meal", "lẩu": "meal", "bánh mì": "meal", "bánh xèo": "meal", "xôi": "meal",
    "tiền phòng": "rent", "vé": "tickets", "ly": "cups", "chai": "bottles", "phần": "portions",
    "hộp": "boxes", "vé tàu": "train",
}  # fmt: skip

# "cho" is "to" when money is sent ("chuyển 500k cho Lan"), "for" otherwise.
CONTEXTUAL = (
    (
        r"\b(?:chuyen|ck|gui|tra\s+cho|tra\s+tien\s+cho|thanh\s+toan|tra\s+no)\b",
        {"cho": "to"},
    ),
)
# Vietnamese questions end with their question word, wherever "how much" stands.
QUESTION = r"\b(?:bao\s+nhieu|bn|khong|chua|nao|gi|may)\s*(?:roi|vay|the|a|nhi|nhe|ha)?\s*\??\s*$"

# Money the person did not spend or receive: a plan, a wish, a need, a price, a saving
# goal, someone else's pay.
NEVER_ENTRIES = (
    r"\b(?:muon|can|nen|dinh|du\s+dinh|se|sap|chac|co\s+le|tiet\s+kiem\s+(?:duoc\s+)?\d|"
    r"gia\s+(?:bao\s+nhieu|\d)|(?:anh|chi|em|ban|bo|me|vo|chong|ong|ba)\s+(?:toi|minh)\s+"
    r"(?:luong|kiem|tieu|chi|mua|duoc))\b"
)
# Never a write at all: a negation, an "if", a loan, a reminder, a double charge, a question
# whether ("có … không").
NEVER_ACTIONS = (
    r"\b(?:(?:khong|chua|chang)\s+(?:he\s+)?(?:tieu|chi|mua|tra|an|uong|nhan|chuyen)|neu|vay|"
    r"muon\s+tien|cho\s+\w+\s+muon|nhac|tru\s+tien\s+hai\s+lan|co\s+(?:nen|dat|re|phai)\b.*"
    r"\bkhong\s*\??$)\b"
)

MESSAGES = {
    "ask.amount": "Bao nhiêu tiền?",
    "ask.amount.draft_payment": "Cần chuyển bao nhiêu?",
    "ask.amount.transfer": "Cần chuyển bao nhiêu?",
    "ask.amount.set_budget": "Ngân sách bao nhiêu?",
    "ask.amount.set_budget.monthly": "Ngân sách được tính theo tháng: mỗi tháng bao nhiêu?",
    "ask.amount_choice": "Số tiền nào đúng: {choices}?",
    "or": " hay ",
    "ask.day": "Vào ngày nào?",
    "ask.category": "Thuộc danh mục nào?",
    "ask.payee": "Trả cho ai?",
    "ask.merchant": "Ở đâu?",
    "ask.account": "Tài khoản nào?",
    "ask.account.transfer": "Chuyển từ tài khoản nào?",
    "ask.to_account": "Sang tài khoản nào?",
    "ask.split_with": "Bạn chia với ai?",
    "ask.date": "Ngày đó không tồn tại: là ngày nào?",
    "confirm": "Nhấn Enter để xác nhận.",
    "confirm.review": "Nhấn Enter để xem lại và xác nhận.",
    "card.add_expense": "Thêm khoản chi {amount}{where}",
    "card.add_income": "Thêm khoản thu {amount}{where}",
    "card.add_refund": "Thêm khoản hoàn tiền {amount}{where}",
    "card.split_expense": "Chia khoản chi {amount}{where}",
    "card.draft_payment": "Soạn khoản thanh toán {amount}{to}",
    "card.transfer": "Chuyển {amount}{to}",
    "card.set_budget": "Đặt ngân sách {amount}",
    "card.undo": "Hoàn tác giao dịch gần nhất",
    "card.replace": "Sửa khoản {old} đã lưu thành {amount}{where}",
    "card.replace_same": "Sửa khoản {amount} đã lưu{where}",
    "ledger.payment_to": "Thanh toán cho {payee}",
    "ledger.transfer_to": "Chuyển sang {account}",
    "where.at": " tại {name}",
    "where.from": " từ {name}",
    "to": " cho {name}",
    "not_understood": "Xin lỗi, tôi chưa hiểu.",
    "seen_amount": "Tôi thấy {amount}, nhưng chưa biết phải làm gì với số tiền này.",
    "general": (
        "Tôi có thể ghi chi tiêu và thu nhập, trả lời câu hỏi về tiền của bạn, đặt ngân sách "
        "và soạn khoản thanh toán. Ví dụ: “hôm qua ăn phở 45k”."
    ),
    "answer.earned": "Bạn đã nhận {amount}{what} {period}",
    "answer.spent": "Bạn đã chi {amount}{what} {period}",
    "answer.refunded": "Bạn được hoàn {amount}{what} {period}",
    "answer.count.one": " (1 giao dịch)",
    "answer.count.many": " ({count} giao dịch)",
    "answer.more": ", nhiều hơn {percent}% so với {period} ({amount})",
    "answer.less": ", ít hơn {percent}% so với {period} ({amount})",
    "answer.against": ", so với {amount} {period}",
    "answer.above_limit": ": vượt {limit} {amount}",
    "answer.below_limit": ": còn dưới {limit} {amount}",
    "answer.at_limit": ": đúng bằng {limit}",
    "answer.nothing_before": ", {period} không có gì",
    "answer.none_found": "Không tìm thấy giao dịch nào như vậy.",
    "answer.here.one": "Đây là 1 giao dịch{what}{period}:",
    "answer.here.many": "Đây là {count} giao dịch{what}{period}:",
    "answer.kind.expense": "Các khoản chi của bạn{what}{period} ({count}):",
    "answer.kind.income": "Các khoản thu nhập của bạn{what}{period} ({count}):",
    "answer.kind.refund": "Các khoản hoàn tiền của bạn{what}{period} ({count}):",
    "answer.kind.transfer": "Các lần chuyển khoản của bạn{what}{period} ({count}):",
    "answer.kind_none.expense": "Không có khoản chi nào{what}{period}.",
    "answer.kind_none.income": "Không có khoản thu nhập nào{what}{period}.",
    "answer.kind_none.refund": "Không có khoản hoàn tiền nào{what}{period}.",
    "answer.kind_none.transfer": "Không có lần chuyển khoản nào{what}{period}.",
    "answer.balances": "Số dư hôm nay — {parts}.",
    "answer.owed": " (nợ)",
    "answer.no_accounts": "Bạn chưa có tài khoản nào.",
    "answer.no_budgets": (
        "Bạn chưa có ngân sách nào. Thử “đặt ngân sách ăn uống 5 triệu một tháng”."
    ),
    "answer.budgets": "Ngân sách {period}:",
    "answer.budget_line": "{name}: {spent} / {limit} ({state})",
    "answer.left": "còn {amount}",
    "answer.over": "vượt {amount}",
    "breakdown.none": "Bạn chưa chi gì{what} {period}.",
    "breakdown.biggest": "{count} khoản chi lớn nhất {period}:",
    "breakdown.head.categories": "Các danh mục chi nhiều nhất{what} {period} (tổng {total}):",
    "breakdown.head.places": "Các nơi chi nhiều nhất{what} {period} (tổng {total}):",
    "breakdown.line": "{index}. {name}: {amount} ({share}, {count})",
    "count.one": "1 giao dịch",
    "count.many": "{count} giao dịch",
    "subscriptions.none": (
        "Chưa thấy gói đăng ký hay khoản chi định kỳ nào. Các khoản ghi kèm “mỗi tháng” "
        "hoặc “hàng tuần” sẽ được nhớ là định kỳ."
    ),
    "subscriptions.head": "{count} khoản định kỳ, khoảng {amount} mỗi tháng:",
    "subscriptions.head.year": (
        "{count} khoản định kỳ, khoảng {amount} mỗi tháng, tức {year} mỗi năm:"
    ),
    "subscriptions.line": "{name}: {amount} {rhythm}, lần tới khoảng {next}",
    "subscriptions.line.missed": (
        "{name}: {amount} {rhythm}, đáng lẽ trừ ngày {next} nhưng chưa thấy (đã hủy?)"
    ),
    "subscriptions.changed.up": ", tăng từ {before} kể từ {since}",
    "subscriptions.changed.down": ", giảm từ {before} kể từ {since}",
    "subscriptions.guessed": " (đoán theo nhịp lặp)",
    "rhythm.weekly": "mỗi tuần",
    "rhythm.monthly": "mỗi tháng",
    "rhythm.yearly": "mỗi năm",
    "subject.income": " từ {name}",
    "subject.category": " cho {name}",
    "subject.merchant": " tại {name}",
    "subject.account": " bằng {name}",
    "period.month": "trong {label}",
    "period.day": "ngày {label}",
    "period.range": "từ {start} đến {end}",
    "example": "Nếu bạn muốn {what}, hãy nói như “{example}”.",
    "example.add_expense": "ghi một khoản chi|cà phê 35k ở Highlands",
    "example.add_income": "ghi tiền nhận được|nhận lương 15 triệu",
    "example.add_refund": "ghi khoản hoàn tiền|được hoàn tiền 150k từ Shopee",
    "example.split_expense": "chia một khoản chi|ăn tối 600k chia đôi với Minh",
    "example.transfer": "chuyển giữa các tài khoản|chuyển 2 triệu vào tiết kiệm",
    "example.draft_payment": "soạn một khoản thanh toán|chuyển 500k cho Lan",
    "example.set_budget": "đặt ngân sách|đặt ngân sách ăn uống 5 triệu một tháng",
    "example.budget_status": "xem ngân sách|ngân sách ăn uống còn bao nhiêu?",
    "example.query_spending": "xem chi tiêu|tháng trước tôi tiêu bao nhiêu tiền ăn uống?",
    "example.show_transactions": "xem giao dịch|xem các giao dịch tuần này",
    "example.balance": "xem số dư|số dư tài khoản của tôi",
    "nothing_to_undo": "Không có gì để hoàn tác.",
    "nothing_to_cancel": (
        "Không có gì để hủy: không có thẻ nào đang chờ. Muốn xóa giao dịch gần nhất, hãy nói "
        "“hoàn tác”."
    ),
    "cancelled": "Đã hủy: chưa ghi gì cả.",
    "cancelled.undo": "Đã hủy: không hoàn tác gì cả.",
}

DETECT = frozenset(
    """tôi toi đã chi cho của cua và là một mot này hôm hom qua tháng thang tuần tuan bao
    nhiêu nhieu tiền tien nghìn nghin ngàn ngan triệu trieu cà phê phe mình minh mua ăn
    uống chuyển chuyen khoản gửi gui lương luong nhận nhan hoàn hủy huy xóa xoa thôi
    giao dịch dich số dư tài khoản ngân sách sach tiêu tieu hết het với voi của chia
    trước truoc rồi roi nay kia đi xem liệt kê được duoc trả tra thứ chủ nhật ngày năm
    xăng xang chợ cho điện nước ck hqua hnay bn phở bún bánh mì trà sữa vé xe ở tại từ sang
    vào""".split()  # noqa: SIM905 - a word list reads best as words
)

PACK = LanguagePack(
    code="vi",
    name="Vietnamese",
    detect=DETECT,
    numbers=NUMBERS,
    patterns=PATTERNS,
    phrases=_LEXICON,
    weekdays=WEEKDAYS,
    strict_marks=True,
    contextual=CONTEXTUAL,
    question=QUESTION,
    account_nouns=("tài khoản",),
    never_entries=NEVER_ENTRIES,
    never_actions=NEVER_ACTIONS,
    messages=MESSAGES,
    shared_with_english=frozenset({"chia", "an", "la", "di", "bao", "nay", "chi", "cho"}),
)
