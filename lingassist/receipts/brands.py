"""Data: shop brands that print receipts, as they are commonly written.

General knowledge of the large retail, food and fuel chains of the countries LingAssist is
used in (Germany, Austria, Switzerland, France, the UK, the US, Canada, Vietnam, Spain,
Italy, the Netherlands, South Africa, Malaysia…); no name is taken from a receipt. A brand
found on a receipt names its merchant even when the logo at the top was not read (the
brand is often printed again lower down: "Aldi GmbH & Co. KG", "www.rewe.de").
"""

from __future__ import annotations

BRANDS = """
ALDI, ALDI Süd, ALDI Nord, Lidl, REWE, EDEKA, Kaufland, Netto Marken-Discount, Penny, Norma,
Marktkauf, real, Globus, tegut, Famila, HIT, Combi, nah und gut, Denns BioMarkt, Alnatura,
dm=dm-drogerie markt, dm-drogerie markt, Rossmann, Müller, Budnikowsky, Douglas, Media Markt,
Saturn, Expert,
Euronics, Conrad, Cyberport, OBI, Hornbach, Bauhaus, toom Baumarkt, Hagebaumarkt, Globus
Baumarkt, Hellweg, Bauking, IKEA, Poco, Roller, XXXLutz, Höffner, Deichmann, C&A, H&M,
Primark, Kik, Takko, Ernsting's family, TK Maxx, Galeria, Karstadt, Kaufhof, Tchibo, Thalia,
Hugendubel, Fressnapf, Das Futterhaus, Action, TEDi, Woolworth, Thomas Philipps, Depot,
Jysk, Dänisches Bettenlager, Aral, Shell, Esso, Jet, TotalEnergies, Agip,
Westfalen, Avia, BP, OMV, Raiffeisen, Backwerk, Kamps, Ditsch, Nordsee, Vapiano, Block House,
Deutsche Bahn, DB Vertrieb, Billa, Spar, Hofer, Merkur, Interspar, Eurospar, Bipa,
Migros, Coop, Denner, Volg, Manor, Globus, Landi, Jumbo, Do it + Garden, Interdiscount,
Fust, Digitec, Coop Pronto, Migrolino, Carrefour, Carrefour Market, Carrefour City,
Auchan, E.Leclerc, Leclerc, Intermarché, Super U, Hyper U, Système U, Casino, Géant Casino,
Monoprix, Franprix, Picard, Lidl France, Biocoop, Naturalia, Grand Frais, Fnac, Darty,
Boulanger, Decathlon, Leroy Merlin, Castorama, Brico Dépôt, Bricomarché, Mr.Bricolage,
Sephora, Yves Rocher, Paul, Brioche Dorée, La Poste, SNCF, Tesco, Tesco Express,
Sainsbury's, Asda, Morrisons, Waitrose, Marks & Spencer, M&S, Co-op, Iceland, Boots,
Superdrug, Argos, Currys, B&Q, Wickes, Homebase, Screwfix, Toolstation, WHSmith, Greggs,
Pret A Manger, Costa, Costa Coffee, Caffè Nero, Wetherspoon, Poundland, Wilko, Matalan,
Next, John Lewis, Walmart, Target, Costco, Kroger, Safeway, Albertsons, Publix, Whole Foods
Market, Trader Joe's, Wegmans, H-E-B, Meijer, Food Lion, Stop & Shop, Giant, Hy-Vee,
ShopRite, Sprouts, Dollar General, Dollar Tree, Family Dollar, Walgreens, CVS, CVS Pharmacy,
Rite Aid, The Home Depot, Home Depot, Lowe's, Menards, Ace Hardware, Best Buy, Staples,
Office Depot, Macy's, Kohl's, Nordstrom, TJ Maxx, Marshalls, Ross, Old Navy, Gap, Bed Bath
& Beyond, PetSmart, Petco, 7-Eleven, Circle K, Chevron, Exxon, Mobil, Sunoco, Speedway,
Wawa, Sheetz, QuikTrip, Starbucks, McDonald's, Burger King, Wendy's, Subway, Taco Bell,
Chipotle, Dunkin', Panera Bread, Domino's, Pizza Hut, KFC, Chick-fil-A, Five Guys,
Loblaws, No Frills, Metro, Sobeys, Safeway, Real Canadian Superstore, Shoppers Drug Mart,
Canadian Tire, Tim Hortons, Dollarama, Giant Tiger, London Drugs, Petro-Canada,
Co.opmart, Coopmart, WinMart, Bách Hóa Xanh, Big C, Lotte Mart, Aeon, Aeon Mall,
Emart, MM Mega Market, Vinmart, FamilyMart, Ministop, GS25, Highlands Coffee,
Phúc Long, Trung Nguyên, The Coffee House, Cộng Cà Phê, Pharmacity, Long Châu, Thế Giới Di
Động, Điện Máy Xanh, FPT Shop, Guardian, Watsons, Mercadona, Carrefour Express, Dia,
Eroski, Alcampo, El Corte Inglés, Hipercor, Consum, Caprabo, Bonpreu, Esselunga, Conad,
Coop Italia, Eurospin, Esselunga, Pam, Despar, Iper, Unes, Tigros, Bennet, Autogrill,
Albert Heijn, Jumbo Supermarkten, Plus, Dirk, Hoogvliet, Vomar, Coop Nederland, Kruidvat,
Etos, HEMA, Blokker, Gamma, Praxis, Karwei, Delhaize, Colruyt, Shoprite, Checkers,
Pick n Pay, Woolworths, Spar, Clicks, Dis-Chem, Game, Makro, Builders Warehouse, Engen,
Sasol, Caltex, Mr Price, Pep, Ackermans, Jet, Edgars, Giant, Mydin, Tesco Lotus, AEON Big,
Econsave, 99 Speedmart, KK Super Mart, Guardian, Mr DIY, Popular Bookstore, MPH, Parkson,
NTUC FairPrice, Cold Storage, Sheng Siong, Woolworths Metro, Coles, IGA, Bunnings,
Kmart, Big W, JB Hi-Fi, Harvey Norman, Officeworks, Chemist Warehouse, Countdown,
New World, Pak'nSave, Biedronka, Żabka, Lidl Polska, Auchan Polska, Rossmann Polska,
Albert, Tesco Stores, Globus Hypermarket, Spar Express, Uniqlo, Zara, Mango, Lush,
"""
"""Brand names, comma-separated (a name may hold spaces, '&' or an apostrophe);
"short=Name" is a short form printed for the brand "Name"."""

ORDINARY_WORDS = frozenset({
    "ACTION", "ALBERT", "AVIA", "BOOTS", "BP", "CASINO", "CHECKERS", "CLICKS", "COMBI", "CONAD",
    "CONRAD", "CONSUM", "COOP", "COSTA", "DEPOT", "DESPAR", "DIA", "DIRK", "DM", "DOUGLAS",
    "ETOS", "EXPERT", "FUST", "GAME", "GAMMA", "GAP", "GIANT", "GLOBUS", "GO", "GUARDIAN",
    "HEMA", "HIT", "HOFER", "ICELAND", "IGA", "IKEA", "IPER", "JET", "JUMBO", "KAMPS", "KIK",
    "LANDI", "MANOR", "MERKUR", "METRO", "MOBIL", "MPH", "NETTO", "NEXT", "NORDSEE", "NORMA",
    "OBI", "PAM", "PAUL", "PENNY", "PEP", "PLUS", "POCO", "PRAXIS", "RAIFFEISEN", "REAL",
    "ROLLER", "ROSS", "SHELL", "SPAR", "STAR", "SUBWAY", "TARGET", "UNES", "VOLG", "WAWA",
    "WOOLWORTH", "WOOLWORTHS", "ZARA",
})  # fmt: skip
"""Brands that are also ordinary words or very short: they name the shop only on a line
that holds little else (a header "real GmbH", a slip "Aldi GmbH & Co. KG"), or in a web
address ("www.dm.de"), never inside a sentence or an article's name."""


def brand_names() -> tuple[str, ...]:
    """Every brand in `BRANDS` as written there ("dm=dm-drogerie markt" included), once,
    longest first (so "Carrefour Market" is tried before "Carrefour")."""
    names = {name.strip(): None for name in " ".join(BRANDS.split()).split(",") if name.strip()}
    return tuple(sorted(names, key=lambda name: len(name.partition("=")[0]), reverse=True))
