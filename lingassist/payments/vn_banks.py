"""Vietnamese banks by their NAPAS BIN, and the checks a Vietnamese bank account must pass.

A payment to a bank account in Vietnam is addressed by the bank's 6-digit BIN (the
acquirer id NAPAS assigns, "970436" for Vietcombank) and the account number. The table
below is data: the banks of the NAPAS 247 list that people pay into most, with the short
name their customers know. A BIN not in it is refused with a message that says so: a
payment never goes to a bank LingAssist cannot name.
"""

from __future__ import annotations

import re

from lingassist.core.phrases import quoted
from lingassist.payments.problems import Problem, ProblemCode, said_problem

BANKS: dict[str, tuple[str, str]] = {
    # BIN: (short name, full name)
    "970400": ("Saigonbank", "Ngân hàng TMCP Sài Gòn Công Thương"),
    "970403": ("Sacombank", "Ngân hàng TMCP Sài Gòn Thương Tín"),
    "970405": ("Agribank", "Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam"),
    "970406": ("DongA Bank", "Ngân hàng TMCP Đông Á"),
    "970407": ("Techcombank", "Ngân hàng TMCP Kỹ Thương Việt Nam"),
    "970408": ("GPBank", "Ngân hàng Thương mại TNHH MTV Dầu Khí Toàn Cầu"),
    "970409": ("Bac A Bank", "Ngân hàng TMCP Bắc Á"),
    "970412": ("PVcomBank", "Ngân hàng TMCP Đại Chúng Việt Nam"),
    "970415": ("VietinBank", "Ngân hàng TMCP Công thương Việt Nam"),
    "970416": ("ACB", "Ngân hàng TMCP Á Châu"),
    "970418": ("BIDV", "Ngân hàng TMCP Đầu tư và Phát triển Việt Nam"),
    "970419": ("NCB", "Ngân hàng TMCP Quốc Dân"),
    "970422": ("MB", "Ngân hàng TMCP Quân đội"),
    "970423": ("TPBank", "Ngân hàng TMCP Tiên Phong"),
    "970425": ("ABBANK", "Ngân hàng TMCP An Bình"),
    "970426": ("MSB", "Ngân hàng TMCP Hàng Hải Việt Nam"),
    "970427": ("VietABank", "Ngân hàng TMCP Việt Á"),
    "970428": ("Nam A Bank", "Ngân hàng TMCP Nam Á"),
    "970429": ("SCB", "Ngân hàng TMCP Sài Gòn"),
    "970431": ("Eximbank", "Ngân hàng TMCP Xuất Nhập khẩu Việt Nam"),
    "970432": ("VPBank", "Ngân hàng TMCP Việt Nam Thịnh Vượng"),
    "970433": ("VietBank", "Ngân hàng TMCP Việt Nam Thương Tín"),
    "970436": ("Vietcombank", "Ngân hàng TMCP Ngoại Thương Việt Nam"),
    "970437": ("HDBank", "Ngân hàng TMCP Phát triển Thành phố Hồ Chí Minh"),
    "970438": ("BaoViet Bank", "Ngân hàng TMCP Bảo Việt"),
    "970440": ("SeABank", "Ngân hàng TMCP Đông Nam Á"),
    "970441": ("VIB", "Ngân hàng TMCP Quốc tế Việt Nam"),
    "970443": ("SHB", "Ngân hàng TMCP Sài Gòn - Hà Nội"),
    "970448": ("OCB", "Ngân hàng TMCP Phương Đông"),
    "970449": ("LPBank", "Ngân hàng TMCP Lộc Phát Việt Nam"),
    "970452": ("KienlongBank", "Ngân hàng TMCP Kiên Long"),
    "970454": ("BVBank", "Ngân hàng TMCP Bản Việt"),
}
"""Known NAPAS BINs -> (short name, full name in Vietnamese)."""

MAX_VIETQR_REFERENCE = 25
"""The longest purpose of transfer a VietQR code carries (EMVCo tag 62, sub-tag 08)."""
MAX_ACCOUNT_NUMBER = 19
"""The longest account number a VietQR code carries (EMVCo tag 01 inside 38.01)."""
_SEPARATORS = re.compile(r"[\s\-.\u00a0\u202f]+")
_EXAMPLE = "--bank-bin 970436 --account-number 0011001932418 (Vietcombank)"


def normalize_account_number(text: str) -> str:
    """`text` without spaces, dashes or dots, in capitals; not validated."""
    return _SEPARATORS.sub("", text).upper()


def bank_name(bin_: str) -> str:
    """The short name of the bank with this BIN ("Vietcombank"), or "" when unknown."""
    return BANKS.get(bin_.strip(), ("", ""))[0]


def bank_label(bin_: str, account_number: str) -> str:
    """ "Vietcombank 0011001932418" (the BIN itself when the bank is unknown)."""
    return f"{bank_name(bin_) or 'bank ' + bin_.strip()} {normalize_account_number(account_number)}"


def vn_account_problems(bin_: str, account_number: str) -> list[Problem]:
    """What is wrong with a Vietnamese bank account (empty list when it can be paid).

    The BIN must be six digits and one of `BANKS`; the account number 6 to 19 letters or
    digits (banks give digits; a few give letters for virtual accounts).
    """
    found: list[Problem] = []
    clean_bin = bin_.strip()
    if not clean_bin:
        found.append(
            said_problem(
                ProblemCode.BANK_BIN_INVALID, "Which bank? Give it: {example}.", example=_EXAMPLE
            )
        )
    elif not re.fullmatch(r"\d{6}", clean_bin):
        found.append(
            said_problem(
                ProblemCode.BANK_BIN_INVALID,
                "{bin} is not a bank BIN: a BIN is 6 digits, e.g. 970436 for Vietcombank.",
                bin=quoted(clean_bin),
            )
        )
    elif clean_bin not in BANKS:
        found.append(
            said_problem(
                ProblemCode.BANK_BIN_INVALID,
                "{bin} is not a bank LingAssist knows (NAPAS BINs such as 970436 Vietcombank, "
                "970415 VietinBank, 970418 BIDV). Check the BIN with the payee.",
                bin=clean_bin,
            )
        )
    number = normalize_account_number(account_number)
    if not number:
        found.append(
            said_problem(ProblemCode.ACCOUNT_NUMBER_INVALID, "Give the payee's account number.")
        )
    elif not re.fullmatch(rf"[0-9A-Z]{{6,{MAX_ACCOUNT_NUMBER}}}", number):
        found.append(
            said_problem(
                ProblemCode.ACCOUNT_NUMBER_INVALID,
                "{number} is not an account number: 6 to {most} digits (or capital letters), "
                "as the bank printed it.",
                number=quoted(account_number.strip()),
                most=str(MAX_ACCOUNT_NUMBER),
            )
        )
    return found
