"""National ID formats with valid check digits (all numbers invented)."""


def luhn_check(digits: str) -> str:
    s = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def nhs(nine: str) -> str:
    s = sum(int(c) * w for c, w in zip(nine, range(10, 1, -1), strict=True))
    c = 11 - s % 11
    if c == 11:
        c = 0
    assert c != 10, "pick another"
    n = nine + str(c)
    return f"{n[:3]} {n[3:6]} {n[6:]}"


def nir(thirteen: str) -> str:  # French social security number
    key = 97 - int(thirteen) % 97
    t = thirteen
    return f"{t[0]} {t[1:3]} {t[3:5]} {t[5:7]} {t[7:10]} {t[10:13]} {key:02d}"


def dni(eight: str) -> str:
    return eight + "TRWAGMYFPDXBNJZSQVHLCKE"[int(eight) % 23]


_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
                    12, 14, 16, 10, 22, 25, 24, 23], strict=True))


def codice_fiscale(fifteen: str) -> str:
    s = 0
    for i, ch in enumerate(fifteen):
        if i % 2 == 0:  # odd position (1-based)
            s += _CF_ODD[ch]
        else:
            s += int(ch) if ch.isdigit() else ord(ch) - 65
    return fifteen + chr(65 + s % 26)


def bsn(eight: str) -> str:
    s = sum(int(c) * w for c, w in zip(eight, range(9, 1, -1), strict=True))
    c = s % 11
    assert c != 10
    return eight + str(c)


def personnummer(yyyymmdd: str, nnn: str) -> str:
    core = yyyymmdd[2:] + nnn
    return f"{yyyymmdd}-{nnn}{luhn_check(core)}"


def china_id(seventeen: str) -> str:
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * x for c, x in zip(seventeen, w, strict=True))
    return seventeen + "10X98765432"[s % 11]


def cpf(nine: str) -> str:
    d = [int(c) for c in nine]
    s = sum(x * w for x, w in zip(d, range(10, 1, -1), strict=True))
    c1 = (s * 10) % 11 % 10
    d.append(c1)
    s = sum(x * w for x, w in zip(d, range(11, 1, -1), strict=True))
    c2 = (s * 10) % 11 % 10
    n = nine + str(c1) + str(c2)
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def medicare_au(eight: str, issue: str) -> str:
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    c = sum(int(a) * b for a, b in zip(eight, w, strict=True)) % 10
    n = eight + str(c) + issue
    return f"{n[:4]} {n[4:9]} {n[9]}"


def ohip(nine: str) -> str:
    n = nine + luhn_check(nine)
    return f"{n[:4]}-{n[4:7]}-{n[7:]}"


_V_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
        [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
        [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
        [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_V_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
        [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
        [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_V_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def aadhaar(eleven: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(eleven)):
        c = _V_D[c][_V_P[(i + 1) % 8][int(ch)]]
    n = eleven + str(_V_INV[c])
    return f"{n[:4]} {n[4:8]} {n[8:]}"


def pesel(ten: str) -> str:
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    s = sum(int(a) * b for a, b in zip(ten, w, strict=True))
    return ten + str((10 - s % 10) % 10)


def fnr(nine: str) -> str:  # Norwegian fødselsnummer
    d = [int(c) for c in nine]
    k1 = 11 - sum(a * b for a, b in zip(d, [3, 7, 6, 1, 8, 9, 4, 5, 2], strict=True)) % 11
    k1 = 0 if k1 == 11 else k1
    assert k1 != 10
    d.append(k1)
    k2 = 11 - sum(a * b for a, b in zip(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2], strict=True)) % 11
    k2 = 0 if k2 == 11 else k2
    assert k2 != 10
    return nine[:6] + " " + nine[6:] + str(k1) + str(k2)


def tckn(nine: str) -> str:
    d = [int(c) for c in nine]
    assert d[0] != 0
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d11 = (sum(d) + d10) % 10
    return nine + str(d10) + str(d11)


def saudi(nine: str) -> str:
    return nine + luhn_check(nine)


def ahv(nine: str) -> str:  # 756.XXXX.XXXX.XC  EAN-13
    body = "756" + nine
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    c = (10 - s % 10) % 10
    n = body + str(c)
    return f"{n[:3]}.{n[3:7]}.{n[7:11]}.{n[11:]}"
