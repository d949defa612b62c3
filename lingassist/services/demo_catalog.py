"""Catalog of merchants, incomes and recurring bills for the demo ledger.

This module is pure data (plus a few tiny helpers) describing one realistic year of
personal spending for the demo person: a single software tester living in a mid-sized
European city, with a small car, a cat, a public-transport pass and an occasional
weekend trip. A generator elsewhere turns this catalog into concrete transactions.

Conventions:

* All money is ``Decimal`` with two places, in euros; never floats.
* ``category`` is always a Plaid Personal Finance Category (PFC) v2 *detailed* code.
* ``account`` is one of the demo accounts ``"Checking"``, ``"Visa"`` or ``"Cash"``.
* Merchant names are unique and written the way a person would write them.

Rough shape of a month (see :func:`expected_monthly_purchases` and
:func:`expected_monthly_spend`): about 115 card/cash purchases plus a dozen recurring
bills (including a 300 EUR savings transfer), for a total outflow of roughly 3,200 EUR
against a 3,850 EUR salary.

This module must stay standard-library only and must not import from the rest of
``lingassist``.
"""

from dataclasses import dataclass
from decimal import Decimal

ACCOUNTS: tuple[str, ...] = ("Checking", "Visa", "Cash")
"""Names of the demo accounts a catalog entry may reference."""


@dataclass(frozen=True)
class DemoMerchant:
    """A merchant the demo person shops at.

    Attributes:
        name: display name as a person would write it ("Bäckerei Kramer").
        category: Plaid PFC v2 *detailed* code, e.g. "FOOD_AND_DRINK_COFFEE".
        low: smallest typical amount (Decimal, 2 places).
        high: largest typical amount (Decimal, 2 places).
        visits_per_month: average number of purchases per month (a frequency, so a
            float is fine here; it is not money).
        account: which demo account usually pays: "Checking", "Visa", or "Cash".
        weekend_bias: relative likelihood of a purchase falling on a Saturday or
            Sunday compared with a weekday. 1.0 means no preference, values above 1.0
            favour weekends (bars, restaurants, DIY stores) and 0.0 means weekdays
            only (office vending machine, doctors).
    """

    name: str
    category: str
    low: Decimal
    high: Decimal
    visits_per_month: float
    account: str
    weekend_bias: float = 1.0


@dataclass(frozen=True)
class RecurringItem:
    """A bill or income that repeats monthly on a fixed day.

    Attributes:
        name: payer or payee name as it appears on the statement.
        category: Plaid PFC v2 *detailed* code, e.g. "RENT_AND_UTILITIES_RENT".
        amount: positive monthly amount (Decimal, 2 places); the sign is implied by
            ``is_income``.
        day_of_month: day the item is booked, 1-28 so it exists in every month.
        account: demo account that receives or pays it: "Checking" or "Visa".
        is_income: True for money coming in (salary, interest), False for bills and
            transfers out.
    """

    name: str
    category: str
    amount: Decimal
    day_of_month: int
    account: str
    is_income: bool = False


def _m(
    name: str,
    category: str,
    low: str,
    high: str,
    visits: float,
    account: str,
    weekend_bias: float = 1.0,
) -> DemoMerchant:
    """Build a :class:`DemoMerchant` from string amounts (keeps the table compact)."""
    return DemoMerchant(name, category, Decimal(low), Decimal(high), visits, account, weekend_bias)


# fmt: off
MERCHANTS: tuple[DemoMerchant, ...] = (
    # --- Groceries -------------------------------------------------------------------
    _m("Lidl", "FOOD_AND_DRINK_GROCERIES", "5.50", "48.00", 4.5, "Checking"),
    _m("Aldi Süd", "FOOD_AND_DRINK_GROCERIES", "4.90", "48.00", 3.0, "Checking"),
    _m("REWE", "FOOD_AND_DRINK_GROCERIES", "3.20", "55.00", 3.0, "Visa"),
    _m("Edeka Frischemarkt", "FOOD_AND_DRINK_GROCERIES", "2.90", "48.00", 1.5, "Visa"),
    _m("Kaufland", "FOOD_AND_DRINK_GROCERIES", "15.00", "95.00", 0.5, "Checking", 1.6),
    _m("Carrefour", "FOOD_AND_DRINK_GROCERIES", "12.00", "110.00", 0.15, "Visa", 2.0),
    _m("Denns BioMarkt", "FOOD_AND_DRINK_GROCERIES", "6.00", "45.00", 0.6, "Visa"),
    _m("Obst & Gemüse Yilmaz", "FOOD_AND_DRINK_GROCERIES", "3.50", "18.00", 2.0, "Cash", 1.8),
    _m("Asia Markt Hoang", "FOOD_AND_DRINK_GROCERIES", "5.00", "32.00", 0.4, "Visa"),
    _m("Fleischerei Hoffmann", "FOOD_AND_DRINK_GROCERIES", "5.50", "28.00", 0.4, "Cash"),
    # --- Bakeries, ice cream and other food ------------------------------------------
    _m("Bäckerei Kramer", "FOOD_AND_DRINK_OTHER_FOOD_AND_DRINK", "1.90", "8.50", 7.0, "Cash"),
    _m("Backhaus Sonnenkorn", "FOOD_AND_DRINK_OTHER_FOOD_AND_DRINK", "2.20", "8.50", 4.0, "Cash"),
    _m("Boulangerie Le Petit Four", "FOOD_AND_DRINK_OTHER_FOOD_AND_DRINK", "2.60", "12.40", 0.8,
       "Visa", 2.2),
    _m("Eiscafé Venezia", "FOOD_AND_DRINK_OTHER_FOOD_AND_DRINK", "2.80", "11.00", 1.0, "Cash",
       2.0),
    # --- Coffee ----------------------------------------------------------------------
    _m("Kaffeebar Morgenrot", "FOOD_AND_DRINK_COFFEE", "2.80", "5.40", 6.5, "Visa", 0.6),
    _m("Espresso Stazione", "FOOD_AND_DRINK_COFFEE", "2.80", "4.60", 6.0, "Cash", 0.5),
    _m("Rösterei Hafenkante", "FOOD_AND_DRINK_COFFEE", "3.10", "6.50", 3.0, "Visa", 1.5),
    _m("Starbucks", "FOOD_AND_DRINK_COFFEE", "3.20", "6.50", 2.0, "Visa"),
    _m("Café Lindenblatt", "FOOD_AND_DRINK_COFFEE", "3.20", "6.50", 2.0, "Visa", 2.2),
    _m("Coffee Fellows", "FOOD_AND_DRINK_COFFEE", "3.00", "6.20", 1.5, "Visa"),
    # --- Restaurants -----------------------------------------------------------------
    _m("Kantine Nordlicht", "FOOD_AND_DRINK_RESTAURANT", "3.80", "8.90", 10.0, "Cash", 0.0),
    _m("Trattoria Da Lucia", "FOOD_AND_DRINK_RESTAURANT", "18.00", "62.00", 0.6, "Visa", 2.5),
    _m("Ramen Kaito", "FOOD_AND_DRINK_RESTAURANT", "13.50", "32.00", 0.8, "Visa"),
    _m("Pho Saigon Kitchen", "FOOD_AND_DRINK_RESTAURANT", "11.00", "27.50", 0.8, "Visa", 0.8),
    _m("Zum Goldenen Hirsch", "FOOD_AND_DRINK_RESTAURANT", "22.00", "74.00", 0.3, "Visa", 2.5),
    _m("Taverna Olympia", "FOOD_AND_DRINK_RESTAURANT", "19.00", "58.00", 0.3, "Cash", 2.2),
    _m("Curry Palace", "FOOD_AND_DRINK_RESTAURANT", "12.50", "36.00", 0.5, "Visa"),
    _m("Sushi Yoko", "FOOD_AND_DRINK_RESTAURANT", "15.00", "48.00", 0.4, "Visa", 1.8),
    _m("Mezze Haus", "FOOD_AND_DRINK_RESTAURANT", "11.50", "34.00", 0.5, "Cash"),
    _m("Lieferando", "FOOD_AND_DRINK_RESTAURANT", "14.00", "42.00", 0.8, "Visa", 1.8),
    # --- Fast food -------------------------------------------------------------------
    _m("Döner Palast Anatolia", "FOOD_AND_DRINK_FAST_FOOD", "5.50", "12.00", 3.0, "Cash"),
    _m("Falafel Freund", "FOOD_AND_DRINK_FAST_FOOD", "5.00", "10.50", 1.5, "Cash", 0.7),
    _m("McDonald's", "FOOD_AND_DRINK_FAST_FOOD", "4.50", "15.80", 1.0, "Visa"),
    _m("Burger King", "FOOD_AND_DRINK_FAST_FOOD", "5.90", "14.50", 0.4, "Visa"),
    _m("Subway", "FOOD_AND_DRINK_FAST_FOOD", "6.50", "12.90", 0.6, "Visa", 0.5),
    # --- Beer, wine and bars ---------------------------------------------------------
    _m("Kneipe Zum Anker", "FOOD_AND_DRINK_BEER_WINE_AND_LIQUOR", "6.00", "38.00", 1.2, "Cash",
       3.0),
    _m("Hausbrauerei Kesselhaus", "FOOD_AND_DRINK_BEER_WINE_AND_LIQUOR", "8.00", "42.00", 0.4,
       "Visa", 3.0),
    _m("Weinhandlung Rebstock", "FOOD_AND_DRINK_BEER_WINE_AND_LIQUOR", "8.90", "48.00", 0.4,
       "Visa", 1.8),
    # --- Vending machines and convenience --------------------------------------------
    _m("Snackautomat Büro", "FOOD_AND_DRINK_VENDING_MACHINES", "1.20", "3.20", 4.0, "Cash", 0.0),
    _m("Späti Eck", "GENERAL_MERCHANDISE_CONVENIENCE_STORES", "1.80", "12.50", 3.0, "Cash", 2.5),
    _m("Kiosk am Bahnhof", "GENERAL_MERCHANDISE_CONVENIENCE_STORES", "1.50", "9.00", 2.5, "Cash"),
    # --- Gas, car and parking --------------------------------------------------------
    _m("Shell", "TRANSPORTATION_GAS", "32.00", "78.00", 0.7, "Visa"),
    _m("Aral", "TRANSPORTATION_GAS", "30.00", "75.00", 0.7, "Visa"),
    _m("TotalEnergies", "TRANSPORTATION_GAS", "28.00", "72.00", 0.3, "Visa"),
    _m("Autowerkstatt Becker", "GENERAL_SERVICES_AUTOMOTIVE", "65.00", "380.00", 0.08,
       "Checking", 0.0),
    _m("Waschpark Sprudel", "GENERAL_SERVICES_AUTOMOTIVE", "7.00", "18.00", 0.4, "Cash", 2.0),
    _m("Parkhaus Altstadt", "TRANSPORTATION_PARKING", "2.00", "14.00", 1.3, "Visa", 1.8),
    _m("EasyPark", "TRANSPORTATION_PARKING", "1.20", "8.50", 3.0, "Visa"),
    # --- Public transit, taxis, bikes ------------------------------------------------
    _m("DB Bahn", "TRANSPORTATION_PUBLIC_TRANSIT", "17.90", "89.90", 0.3, "Visa"),
    _m("FlixBus", "TRANSPORTATION_PUBLIC_TRANSIT", "9.99", "39.99", 0.12, "Visa"),
    _m("Stadtbahn Ticketautomat", "TRANSPORTATION_PUBLIC_TRANSIT", "3.20", "9.60", 0.8, "Cash"),
    _m("Uber", "TRANSPORTATION_TAXIS_AND_RIDE_SHARES", "9.00", "32.00", 0.6, "Visa", 2.5),
    _m("FREE NOW", "TRANSPORTATION_TAXIS_AND_RIDE_SHARES", "8.00", "28.00", 0.3, "Visa", 2.5),
    _m("Dott", "TRANSPORTATION_BIKES_AND_SCOOTERS", "1.50", "6.80", 2.5, "Visa"),
    _m("nextbike", "TRANSPORTATION_BIKES_AND_SCOOTERS", "1.00", "5.00", 2.0, "Visa", 1.5),
    # --- Clothing --------------------------------------------------------------------
    _m("H&M", "GENERAL_MERCHANDISE_CLOTHING_AND_ACCESSORIES", "9.99", "79.90", 0.4, "Visa", 1.8),
    _m("Zara", "GENERAL_MERCHANDISE_CLOTHING_AND_ACCESSORIES", "19.95", "129.00", 0.15, "Visa",
       1.8),
    _m("Uniqlo", "GENERAL_MERCHANDISE_CLOTHING_AND_ACCESSORIES", "14.90", "89.90", 0.15, "Visa"),
    _m("Zalando", "GENERAL_MERCHANDISE_CLOTHING_AND_ACCESSORIES", "24.95", "139.00", 0.15, "Visa"),
    _m("Primark", "GENERAL_MERCHANDISE_CLOTHING_AND_ACCESSORIES", "4.00", "45.00", 0.15, "Cash",
       2.0),
    # --- Electronics, marketplaces, general merchandise ------------------------------
    _m("Apple", "GENERAL_MERCHANDISE_ELECTRONICS", "0.99", "29.99", 1.0, "Visa"),
    _m("MediaMarkt", "GENERAL_MERCHANDISE_ELECTRONICS", "14.99", "299.00", 0.06, "Visa", 1.8),
    _m("Amazon", "GENERAL_MERCHANDISE_ONLINE_MARKETPLACES", "6.99", "89.99", 1.0, "Visa"),
    _m("eBay", "GENERAL_MERCHANDISE_ONLINE_MARKETPLACES", "4.50", "65.00", 0.2, "Visa"),
    _m("Vinted", "GENERAL_MERCHANDISE_ONLINE_MARKETPLACES", "5.00", "35.00", 0.15, "Visa"),
    _m("Galeria", "GENERAL_MERCHANDISE_DEPARTMENT_STORES", "12.00", "120.00", 0.06, "Visa", 2.0),
    _m("Action", "GENERAL_MERCHANDISE_DISCOUNT_STORES", "2.50", "28.00", 0.4, "Cash"),
    _m("TEDi", "GENERAL_MERCHANDISE_DISCOUNT_STORES", "2.00", "18.00", 0.25, "Cash"),
    _m("Globus", "GENERAL_MERCHANDISE_SUPERSTORES", "22.00", "140.00", 0.15, "Checking", 2.0),
    _m("Schreibwaren Federkiel", "GENERAL_MERCHANDISE_OFFICE_SUPPLIES", "1.50", "18.00", 0.2,
       "Cash"),
    _m("Blumen Rosengarten", "GENERAL_MERCHANDISE_GIFTS_AND_NOVELTIES", "7.50", "45.00", 0.3,
       "Cash", 1.5),
    _m("Flying Tiger Copenhagen", "GENERAL_MERCHANDISE_OTHER_GENERAL_MERCHANDISE", "2.00",
       "25.00", 0.15, "Visa", 1.5),
    _m("Decathlon", "GENERAL_MERCHANDISE_SPORTING_GOODS", "7.99", "119.00", 0.15, "Visa", 2.0),
    _m("Fressnapf", "GENERAL_MERCHANDISE_PET_SUPPLIES", "5.99", "54.99", 0.9, "Visa", 1.5),
    # --- Books and newspapers --------------------------------------------------------
    _m("Thalia", "GENERAL_MERCHANDISE_BOOKSTORES_AND_NEWSSTANDS", "9.99", "34.00", 0.3, "Visa",
       1.8),
    _m("Buchhandlung Seitenweise", "GENERAL_MERCHANDISE_BOOKSTORES_AND_NEWSSTANDS", "8.00",
       "28.00", 0.25, "Cash"),
    _m("Presse & Buch Hauptbahnhof", "GENERAL_MERCHANDISE_BOOKSTORES_AND_NEWSSTANDS", "3.20",
       "12.00", 2.0, "Cash"),
    # --- Home ------------------------------------------------------------------------
    _m("IKEA", "HOME_IMPROVEMENT_FURNITURE", "9.99", "249.00", 0.08, "Visa", 2.5),
    _m("Depot", "HOME_IMPROVEMENT_FURNITURE", "5.99", "49.00", 0.1, "Visa", 1.8),
    _m("OBI", "HOME_IMPROVEMENT_HARDWARE", "5.50", "89.00", 0.2, "Visa", 2.5),
    _m("Hornbach", "HOME_IMPROVEMENT_HARDWARE", "8.00", "140.00", 0.08, "Visa", 2.5),
    _m("Schuster & Schlüssel Express", "HOME_IMPROVEMENT_REPAIR_AND_MAINTENANCE", "6.00",
       "35.00", 0.08, "Cash"),
    # --- Medical ---------------------------------------------------------------------
    _m("dm-drogerie markt", "MEDICAL_PHARMACIES_AND_SUPPLEMENTS", "3.50", "42.00", 1.2, "Visa"),
    _m("Rossmann", "MEDICAL_PHARMACIES_AND_SUPPLEMENTS", "2.95", "28.00", 1.0, "Cash"),
    _m("Apotheke am Rathaus", "MEDICAL_PHARMACIES_AND_SUPPLEMENTS", "4.50", "38.00", 0.4, "Visa",
       0.3),
    _m("Hausarztpraxis Dr. Becker", "MEDICAL_PRIMARY_CARE", "10.00", "45.00", 0.08, "Checking",
       0.0),
    _m("Physiotherapie Bewegungsraum", "MEDICAL_PRIMARY_CARE", "25.00", "95.00", 0.1, "Checking",
       0.0),
    _m("Zahnarztpraxis Dr. Schulz", "MEDICAL_DENTAL_CARE", "45.00", "220.00", 0.08, "Checking",
       0.0),
    _m("Fielmann", "MEDICAL_EYE_CARE", "12.00", "180.00", 0.05, "Visa"),
    _m("Tierarztpraxis Dr. Wagner", "MEDICAL_VETERINARY_SERVICES", "38.00", "180.00", 0.08,
       "Visa", 0.3),
    # --- Personal care ---------------------------------------------------------------
    _m("Boulderhalle Steinbock", "PERSONAL_CARE_GYMS_AND_FITNESS_CENTERS", "11.50", "16.00", 0.7,
       "Visa", 1.8),
    _m("Yogastudio Atemraum", "PERSONAL_CARE_GYMS_AND_FITNESS_CENTERS", "15.00", "22.00", 0.4,
       "Visa"),
    _m("Hallenbad Nord", "PERSONAL_CARE_GYMS_AND_FITNESS_CENTERS", "4.50", "7.50", 0.8, "Cash",
       1.8),
    _m("Friseur Schnittpunkt", "PERSONAL_CARE_HAIR_AND_BEAUTY", "28.00", "65.00", 0.4, "Cash"),
    _m("Douglas", "PERSONAL_CARE_HAIR_AND_BEAUTY", "12.00", "85.00", 0.15, "Visa"),
    _m("Waschsalon Blubb", "PERSONAL_CARE_LAUNDRY_AND_DRY_CLEANING", "3.50", "9.00", 0.3, "Cash",
       1.5),
    _m("Reinigung Blitzblank", "PERSONAL_CARE_LAUNDRY_AND_DRY_CLEANING", "6.00", "24.00", 0.15,
       "Cash", 0.6),
    # --- Services --------------------------------------------------------------------
    _m("Volkshochschule", "GENERAL_SERVICES_EDUCATION", "35.00", "180.00", 0.04, "Checking",
       0.0),
    _m("Deutsche Post", "GENERAL_SERVICES_POSTAGE_AND_SHIPPING", "0.95", "18.49", 1.0, "Cash",
       0.6),
    _m("DHL Packstation", "GENERAL_SERVICES_POSTAGE_AND_SHIPPING", "4.99", "17.49", 0.15, "Visa"),
    _m("Geldautomat Fremdbank", "BANK_FEES_ATM_FEES", "3.95", "5.95", 0.1, "Checking"),
    # --- Donations -------------------------------------------------------------------
    _m("Ärzte ohne Grenzen", "GOVERNMENT_AND_NON_PROFIT_DONATIONS", "10.00", "50.00", 0.08,
       "Checking"),
    _m("Tafel e.V.", "GOVERNMENT_AND_NON_PROFIT_DONATIONS", "5.00", "20.00", 0.1, "Cash"),
    # --- Entertainment ---------------------------------------------------------------
    _m("Kino Lichtspielhaus", "ENTERTAINMENT_TV_AND_MOVIES", "9.50", "28.00", 0.5, "Visa", 2.2),
    _m("CinemaxX", "ENTERTAINMENT_TV_AND_MOVIES", "11.00", "32.00", 0.3, "Visa", 2.2),
    _m("Bandcamp", "ENTERTAINMENT_MUSIC_AND_AUDIO", "1.00", "20.00", 0.15, "Visa"),
    _m("Plattenladen Rille 33", "ENTERTAINMENT_MUSIC_AND_AUDIO", "12.00", "38.00", 0.15, "Cash",
       2.0),
    _m("Stadtmuseum", "ENTERTAINMENT_SPORTING_EVENTS_AMUSEMENT_PARKS_AND_MUSEUMS", "6.00",
       "14.00", 0.12, "Cash", 2.5),
    _m("Eventim", "ENTERTAINMENT_SPORTING_EVENTS_AMUSEMENT_PARKS_AND_MUSEUMS", "35.00", "120.00",
       0.1, "Visa"),
    _m("FC Nordstadt Ticketshop", "ENTERTAINMENT_SPORTING_EVENTS_AMUSEMENT_PARKS_AND_MUSEUMS",
       "18.00", "45.00", 0.08, "Visa", 3.0),
    _m("Steam", "ENTERTAINMENT_VIDEO_GAMES", "4.99", "59.99", 0.25, "Visa", 1.5),
    _m("Bowlingcenter Strike", "ENTERTAINMENT_OTHER_ENTERTAINMENT", "12.00", "38.00", 0.1, "Visa",
       3.0),
    _m("Theater am Markt", "ENTERTAINMENT_OTHER_ENTERTAINMENT", "18.00", "55.00", 0.08, "Visa",
       2.5),
    # --- Travel ----------------------------------------------------------------------
    _m("Lufthansa", "TRAVEL_FLIGHTS", "120.00", "420.00", 0.04, "Visa"),
    _m("Ryanair", "TRAVEL_FLIGHTS", "80.00", "260.00", 0.04, "Visa"),
    _m("easyJet", "TRAVEL_FLIGHTS", "80.00", "300.00", 0.03, "Visa"),
    _m("Booking.com", "TRAVEL_LODGING", "85.00", "420.00", 0.05, "Visa"),
    _m("Airbnb", "TRAVEL_LODGING", "95.00", "480.00", 0.04, "Visa"),
    _m("Sixt", "TRAVEL_RENTAL_CARS", "45.00", "260.00", 0.03, "Visa"),
    _m("GetYourGuide", "TRAVEL_OTHER_TRAVEL", "15.00", "80.00", 0.05, "Visa", 2.0),
)


RECURRING: tuple[RecurringItem, ...] = (
    # Income
    RecurringItem("Nordlicht Software GmbH", "INCOME_SALARY", Decimal("3850.00"), 25,
                  "Checking", True),
    RecurringItem("Zinsgutschrift Tagesgeld", "INCOME_INTEREST_EARNED", Decimal("4.20"), 28,
                  "Checking", True),
    # Housing and utilities
    RecurringItem("Van Dijk Vastgoed B.V.", "RENT_AND_UTILITIES_RENT", Decimal("950.00"), 1,
                  "Checking"),
    RecurringItem("Stadtwerke Nordstadt", "RENT_AND_UTILITIES_GAS_AND_ELECTRICITY",
                  Decimal("68.00"), 15, "Checking"),
    RecurringItem("Telekom MagentaZuhause", "RENT_AND_UTILITIES_INTERNET_AND_CABLE",
                  Decimal("39.95"), 7, "Checking"),
    RecurringItem("congstar Mobilfunk", "RENT_AND_UTILITIES_TELEPHONE", Decimal("20.00"), 10,
                  "Checking"),
    # Health, leisure and subscriptions
    RecurringItem("FitX", "PERSONAL_CARE_GYMS_AND_FITNESS_CENTERS", Decimal("24.99"), 2,
                  "Checking"),
    RecurringItem("Netflix", "ENTERTAINMENT_TV_AND_MOVIES", Decimal("13.99"), 12, "Visa"),
    RecurringItem("Spotify", "ENTERTAINMENT_MUSIC_AND_AUDIO", Decimal("10.99"), 18, "Visa"),
    RecurringItem("Disney+", "ENTERTAINMENT_TV_AND_MOVIES", Decimal("9.99"), 21, "Visa"),
    # Transport and insurance
    RecurringItem("Deutschlandticket", "TRANSPORTATION_PUBLIC_TRANSIT", Decimal("58.00"), 1,
                  "Checking"),
    RecurringItem("HUK-COBURG Kfz-Versicherung", "GENERAL_SERVICES_INSURANCE", Decimal("42.50"),
                  1, "Checking"),
    RecurringItem("Allianz Haftpflicht & Hausrat", "GENERAL_SERVICES_INSURANCE",
                  Decimal("14.90"), 3, "Checking"),
    # Savings
    RecurringItem("Transfer to Tagesgeld savings", "TRANSFER_OUT_SAVINGS", Decimal("300.00"), 26,
                  "Checking"),
)


BUDGETS: tuple[tuple[str, Decimal], ...] = (
    ("FOOD_AND_DRINK_GROCERIES", Decimal("450.00")),
    ("FOOD_AND_DRINK_RESTAURANT", Decimal("210.00")),
    ("FOOD_AND_DRINK_COFFEE", Decimal("80.00")),
    ("TRANSPORTATION_GAS", Decimal("100.00")),
    ("ENTERTAINMENT", Decimal("90.00")),
    ("GENERAL_MERCHANDISE", Decimal("280.00")),
)
"""Monthly budgets as (PFC detailed or primary code, amount).

Most budgets sit a little above the expected spend; coffee is deliberately a bit tight so
the demo shows an over-budget category now and then.
"""


PAYEES: tuple[tuple[str, str, str, str], ...] = (
    ("Alice Martin", "DE89370400440532013000", "COBADEFFXXX", "Dinner"),
    ("Van Dijk Vastgoed B.V.", "NL91ABNA0417164300", "ABNANL2AXXX", "Miete Wohnung 3B"),
    ("Stadtwerke Nordstadt", "DE65100700000123456789", "DEUTDEBBXXX", "Strom Abschlag"),
)
"""Saved transfer payees as (name, IBAN, BIC, default reference); IBANs pass mod-97."""
# fmt: on


def iban_is_valid(iban: str) -> bool:
    """Return True if ``iban`` (spaces allowed) passes the ISO 13616 mod-97 check."""
    compact = iban.replace(" ", "").upper()
    if len(compact) < 15 or not compact.isalnum() or not compact[:2].isalpha():
        return False
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(ch, 36)) for ch in rearranged)) % 97 == 1


def expected_monthly_purchases() -> float:
    """Average number of merchant purchases per month (recurring items excluded)."""
    return sum(m.visits_per_month for m in MERCHANTS)


def expected_monthly_spend() -> Decimal:
    """Average monthly outflow: merchant midpoints times visits, plus recurring bills."""
    merchants = sum(
        ((m.low + m.high) / 2 * Decimal(str(m.visits_per_month)) for m in MERCHANTS),
        Decimal("0"),
    )
    bills = sum((r.amount for r in RECURRING if not r.is_income), Decimal("0"))
    return (merchants + bills).quantize(Decimal("0.01"))
