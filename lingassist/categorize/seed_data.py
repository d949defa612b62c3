"""Data: well-known merchants and keywords -> Plaid PFC v2 detailed codes.

General world knowledge written for LingAssist; no line of any statement file is copied.
Each line is ``CODE: entry, entry, ...`` (indented lines continue the one above). An
entry is a merchant or a phrase as it is commonly written; ``^`` marks a name that is
also an ordinary word and so only counts at the start of the merchant name; ``+`` / ``-``
restrict it to money in / money out.

`BANK` is read first (fees, interest, transfers, cash: the nature of the line beats the
merchant it mentions), then `MERCHANTS`, then `KEYWORDS` (generic words of a trade).
"""

from __future__ import annotations

BANK = """
BANK_FEES_INSUFFICIENT_FUNDS: insufficient funds, unpaid, no funds, nsf fee, returned item fee, item
    unpaid, returned item, non sufficient funds, unpaid debit order fee
BANK_FEES_OVERDRAFT_FEES: overdraft fee, overdraft charge, od fee, overdraft interest, overdraft
    charges
BANK_FEES_ATM_FEES: atm fee, atm withdrawal fee, cash withdrawal fee, non network atm, atm charge,
    foreign atm fee
BANK_FEES_FOREIGN_TRANSACTION_FEES: foreign transaction fee, foreign exchange fee, fx fee,
    international transaction fee, currency conversion fee, non sterling transaction fee
BANK_FEES_LATE_FEES: late fee, late payment fee, late charge
BANK_FEES_CASH_ADVANCE: cash advance fee
BANK_FEES_INTEREST_CHARGE: -debit interest, -interest charge, -interest charged, -purchase interest,
    -finance charge, -interest on overdraft, -sollzinsen
BANK_FEES_OTHER_BANK_FEES: fee, fees, service fee, service fees, monthly fee, account fee, admin
    fee, bank charge, bank charges, service charge, maintenance fee, monthly account fee,
    notification fee, kontofuhrung, kontofuhrungsgebuhr, frais bancaires, cotisation carte,
    commission, card fee, annual fee, monthly maintenance fee, payment fee, processing fee
INCOME_INTEREST_EARNED: +interest, +interest earned, +interest paid, +credit interest, +interest
    received, +habenzinsen, +interets crediteurs, +intereses
INCOME_DIVIDENDS: +dividend, +dividends, +div payment
INCOME_SALARY: +salary, +payroll, +wages, +wage, +direct dep, +direct deposit, +salaris, +gehalt,
    +lohn, +salaire, +paye, +nomina, +salario, +bonus
INCOME_TAX_REFUND: +tax refund, +irs treas, +hmrc refund, +sars refund, +cra refund, +canada rit,
    +finanzamt, +ato refund
INCOME_RETIREMENT_PENSION: +pension, +annuity, +social security, +ssa treas, +rente
INCOME_UNEMPLOYMENT: +unemployment, +uif, +jobseekers, +arbeitsagentur, +ei benefit
INCOME_CHILD_SUPPORT: +child support, +child benefit, +kindergeld
INCOME_RENTAL: +rent received, +rental income
INCOME_GIG_ECONOMY: +uber payout, +doordash payout, +lyft payout, +etsy payout, +airbnb payout,
    +deliveroo payout, +fiverr, +upwork
TRANSFER_OUT_WITHDRAWAL: -atm, -cash withdrawal, -atm withdrawal, -atm cash, -cash wdl, -withdrawal,
    -bargeldauszahlung, -retrait dab, -retrait, -geldautomat, -cash advance
TRANSFER_OUT_SAVINGS: -savings, -to savings, -savings transfer, -sweep, -save the change, -round up
TRANSFER_OUT_ACCOUNT_TRANSFER: -transfer, -transfer to, -send money, -internet pmt, -online
    transfer, -payment to, -eft to, -fx transfer, -transfers, -immediate payment, -instant payment,
    -uberweisung, -virement, -zelle, -venmo, -interac e transfer, -e transfer, -bank transfer,
    -faster payment, -standing order
TRANSFER_IN_ACCOUNT_TRANSFER: +transfer, +transfer from, +payment from, +received from, +eft from,
    +zelle from, +venmo, +interac e transfer, +e transfer, +uberweisung, +virement, +bank transfer,
    +faster payment, +send money
TRANSFER_IN_DEPOSIT: +deposit, +cash deposit, +atm deposit, +mobile deposit, +bareinzahlung
TRANSFER_IN_INVESTMENT_AND_RETIREMENT_FUNDS: +investment, +investments, +unit trust, +brokerage
TRANSFER_OUT_INVESTMENT_AND_RETIREMENT_FUNDS: -vanguard, -fidelity, -schwab, -robinhood, -etoro,
    -easy equities, -easyequities, -trading 212, -wealthsimple, -unit trust, -retirement annuity,
    -401k, -ira contribution
LOAN_PAYMENTS_CREDIT_CARD_PAYMENT: credit card payment, card payment thank you, payment thank you,
    autopay payment, creditcard payment, cc payment
LOAN_PAYMENTS_MORTGAGE_PAYMENT: -mortgage, -home loan, -bond repayment, -hypothek, -pret immobilier
LOAN_PAYMENTS_CAR_PAYMENT: -car loan, -auto loan, -vehicle finance, -wesbank, -auto pay loan,
    -vehicle loan
LOAN_PAYMENTS_STUDENT_LOAN_PAYMENT: -student loan, -navient, -nelnet, -sallie mae, -slc repayment,
    -great lakes
LOAN_PAYMENTS_PERSONAL_LOAN_PAYMENT: -loan, -loan repayment, -personal loan, -loan payment, -kredit,
    -echeance pret, -remboursement pret
LOAN_DISBURSEMENTS_PERSONAL: +loan, +loan disbursement, +personal loan
ENTERTAINMENT_CASINOS_AND_GAMBLING: lotto, lottery, lotto winnings, powerball, betway, bet365,
    hollywoodbets, sportingbet, paddy power, william hill, ladbrokes, draftkings, fanduel, casino,
    sun city casino, pokerstars, national lottery, ithuba, betfair, sportsbet
GOVERNMENT_AND_NON_PROFIT_TAX_PAYMENT: -tax payment, -irs usataxpymt, -hmrc, -sars efiling, -sars,
    -income tax, -council tax, -property tax, -finanzamt, -impots, -dgfip
"""

MERCHANTS = """
TRANSPORTATION_GAS: Shell, Engen, Sasol, ^BP, Caltex, TotalEnergies, Total Energies, Astron Energy,
    Esso, Exxon, ExxonMobil, ^Mobil, Chevron, Texaco, Petro-Canada, Petro Canada, Husky, ^Ultramar,
    Irving Oil, ^Pioneer, ^Valero, ^Marathon, Sunoco, ^Speedway, Circle K, Wawa, Sheetz, QuikTrip,
    Casey's, ^Arco, Phillips 66, Conoco, Citgo, Gulf Oil, Aral, Jet Tankstelle, Agip, Eni, Repsol,
    Cepsa, Galp, Q8, OMV, Orlen, Ampol, Puma Energy, ^Gulf, Ultra Petroleum, Murphy USA, Kwik Trip,
    Maverik, Loves Travel, Pilot Travel, Flying J
FOOD_AND_DRINK_GROCERIES: Woolworths, Checkers, Checkers Hyper, Shoprite, Pick n Pay, PnP, Spar,
    Superspar, Kwikspar, Food Lover's Market, Food Lovers, Boxer, Usave, OK Foods, Makro Food,
    Tesco, Sainsbury's, Sainsburys, Asda, Morrisons, Aldi, Lidl, Waitrose, Ocado, Iceland Foods,
    Co-op Food, Marks & Spencer Food, M&S Simply Food, Kroger, Safeway, Albertsons, Publix, Whole
    Foods, Trader Joe's, Trader Joes, H-E-B, HEB, Wegmans, Food Lion, ^Giant Eagle, Stop & Shop,
    Meijer, Hy-Vee, ^Sprouts, Winco, Harris Teeter, Piggly Wiggly, Instacart, Loblaws, Zehrs, No
    Frills, Sobeys, Metro Inc, Real Canadian Superstore, FreshCo, Foodland, Save-On-Foods, Fortinos,
    Longos, IGA, ^Maxi, Provigo, ^Coles, Woolworths Supermarket, Rewe, Edeka, Kaufland, ^Netto,
    Penny Markt, ^Penny, ^Norma, ^Globus, Carrefour, ^Leclerc, E.Leclerc, Auchan, Intermarche,
    Monoprix, Franprix, Casino Supermarche, Super U, Hyper U, Mercadona, ^Dia, Eroski, Albert Heijn,
    ^Jumbo, Plus Supermarkt, Delhaize, Colruyt, Esselunga, Conad, ^Coop, Migros, Denner, Billa,
    ^Hofer, Biedronka, Zabka, Countdown, New World, Pak n Save, Big Bazaar, Reliance Fresh, DMart,
    Cold Storage, FairPrice, NTUC FairPrice, Giant Hypermarket, Lotus's, Big C, HelloFresh, Gousto,
    Blue Apron, Getir, Gorillas, Flink, Amazon Fresh, Freshdirect, Food Basics, Grocery Outlet, Save
    A Lot, ShopRite, Harmons, Stater Bros, Vons, Ralphs, Fred Meyer, King Soopers, Smith's Food,
    Frys Food, Jewel-Osco, Acme Markets, Shaw's, Hannaford, Market Basket, Weis Markets, Lowes
    Foods, ^Ingles, Winn-Dixie, Bi-Lo, ^Brookshire, Raley's, ^Superstore, Thrifty Foods
FOOD_AND_DRINK_COFFEE: Starbucks, Tim Hortons, Costa Coffee, ^Costa, Caffe Nero, Pret A Manger,
    Dunkin, Dunkin Donuts, Peet's Coffee, Blue Bottle, Philz Coffee, Second Cup, Mugg & Bean, Vida e
    Caffe, Seattle Coffee, Bootlegger Coffee, Tchibo, Coffee Fellows, ^Balzac, Gregorys Coffee,
    Dutch Bros, Caribou Coffee, Tully's, Gloria Jean's, McCafe, The Coffee Bean, Coffee Bean & Tea
    Leaf, Black Rifle, Nespresso, Joe & the Juice, ^Pret, Espresso House, Coffee Island, Dome Cafe
FOOD_AND_DRINK_FAST_FOOD: McDonald's, McDonalds, Burger King, KFC, Wendy's, Wendys, Taco Bell,
    ^Subway, Chick-fil-A, Chipotle, Popeyes, Five Guys, Domino's, Dominos, Pizza Hut, Papa John's,
    Little Caesars, Jack in the Box, Sonic Drive-In, Arby's, Carl's Jr, Hardee's, In-N-Out,
    Whataburger, Shake Shack, Panda Express, Qdoba, Wingstop, Steers, Wimpy, Debonairs, Fishaways,
    Chicken Licken, Galito's, Romans Pizza, Nando's, Nandos, Roco Mamas, A&W, Harvey's, Mary
    Brown's, Greggs, ^Leon, Itsu, ^Wasabi, ^Tortilla, Dominos Pizza, Pizza Pizza, Freshii, Quiznos,
    Jollibee, Hungry Jack's, Red Rooster, ^Oporto, ^Nordsee, Kochloffel, Quick Burger, Telepizza,
    Dairy Queen, Culver's, Zaxby's, Raising Cane's, Bojangles, Del Taco, El Pollo Loco, Jimmy
    John's, Jersey Mike's, Firehouse Subs, Potbelly, Panera Bread, Panera, Sbarro, Krispy Kreme,
    Baskin Robbins, Cinnabon, Auntie Anne's
FOOD_AND_DRINK_RESTAURANT: Spur, Ocean Basket, Mugg and Bean, John Dory's, Panarottis, Col'Cacchio,
    Primi Piatti, RocoMamas, Tasha's, Wakaberry, Hussar Grill, Cattle Baron, Olive Garden,
    Applebee's, Chili's, Red Lobster, Outback Steakhouse, TGI Fridays, Cheesecake Factory, Denny's,
    IHOP, Cracker Barrel, Texas Roadhouse, Buffalo Wild Wings, Red Robin, Ruby Tuesday, P.F.
    Chang's, The Keg, Swiss Chalet, East Side Mario's, Boston Pizza, Montana's, Kelseys,
    ^Milestones, ^Earls, Cactus Club, Joey Restaurants, Mandarin Restaurant, Wagamama, Pizza
    Express, Zizzi, Prezzo, Bella Italia, ^Harvester, Toby Carvery, Frankie & Benny's, Yo Sushi,
    Dishoom, Hans im Gluck, Vapiano, L'Osteria, Block House, Maredo, Hippopotamus, Buffalo Grill,
    Courtepaille, Flunch, Deliveroo, Uber Eats, DoorDash, Grubhub, Postmates, Just Eat, Lieferando,
    Foodpanda, Mr D Food, Mr Delivery, Skip the Dishes, SkipTheDishes, Menulog, Thuisbezorgd, Wolt,
    Glovo, ^Seamless, ^Caviar
FOOD_AND_DRINK_BEER_WINE_AND_LIQUOR: Tops at Spar, Liquor City, Norman Goodfellows, Ultra Liquors,
    Makro Liquor, Pick n Pay Liquor, Checkers LiquorShop, BevMo, Total Wine, Spec's, LCBO, SAQ, BC
    Liquor, Beer Store, Liquor Barn, Dan Murphy's, BWS, Liquorland, Majestic Wine, Oddbins, Virgin
    Wines, Naked Wines, Drizly, Bottle Shop, Liquorshop, ^Tops
GENERAL_MERCHANDISE_ONLINE_MARKETPLACES: Amazon, Amazon Marketplace, eBay, Etsy, Takealot,
    AliExpress, Alibaba, Temu, Shein, ^Wish, Mercado Libre, Rakuten, Zalando, Bol.com, ^Allegro,
    Cdiscount, ^Otto, Flipkart, Shopee, Lazada, Superbalist, Bidorbuy, Bob Shop, Loot.co.za,
    Wayfair, ^Overstock, Newegg, Poshmark, Vinted, Depop, Facebook Marketplace, Kijiji
GENERAL_MERCHANDISE_SUPERSTORES: Walmart, ^Target, Costco, Sam's Club, BJ's Wholesale, Meijer
    Superstore, Makro, Game Stores, ^Hyper, Kmart, Big W, Fred Meyer Store, Real Canadian, Carrefour
    Hypermarche, Kaufland Hyper, Tesco Extra, Asda Superstore, Giant Tiger
GENERAL_MERCHANDISE_DEPARTMENT_STORES: Edgars, Woolworths Fashion, Stuttafords, Macy's, Macys,
    Nordstrom, Kohl's, Kohls, JCPenney, Dillard's, Bloomingdale's, Saks, Neiman Marcus, Hudson's
    Bay, The Bay, ^Simons, John Lewis, Debenhams, House of Fraser, Selfridges, Harrods, Harvey
    Nichols, ^Galeria, Karstadt, Kaufhof, Galeries Lafayette, ^Printemps, El Corte Ingles, Myer,
    David Jones, Marks & Spencer, Marks and Spencer, Primark
GENERAL_MERCHANDISE_DISCOUNT_STORES: Dollar Tree, Dollar General, Family Dollar, Five Below,
    Dollarama, Poundland, Poundstretcher, B&M, Home Bargains, ^Action, TEDi, Kik, Crazy Store, Pep
    Home, Big Lots, Ollie's, Ross Dress for Less, TJ Maxx, T.J. Maxx, TK Maxx, ^Marshalls,
    HomeGoods, ^Winners, ^Burlington, Daiso, Miniso, Flying Tiger, Reject Shop
GENERAL_MERCHANDISE_CONVENIENCE_STORES: 7-Eleven, Seven Eleven, Couche-Tard, Mac's, Circle K Store,
    OK Express, OK Minimark, Quick Shop, Spar Express, Tesco Express, Sainsbury's Local, Co-op
    Local, Londis, Budgens, Premier Stores, One Stop, Nisa, Spar Convenience, Family Mart,
    FamilyMart, ^Lawson, Ministop, Wawa Store, Royal Farms, Cumberland Farms, Hasty Market, Daisy
    Mart, Freshstop, Woolies Food, Engen Quickshop, Shell Select, BP Express, Total Bonjour, Rewe To
    Go, Carrefour Express, Carrefour City
GENERAL_MERCHANDISE_CLOTHING_AND_ACCESSORIES: ^Jet, Mr Price, Mr Price Sport, ^Pep, Pep Stores,
    Ackermans, Truworths, Foschini, ^Markham, ^Exact, Cotton On, ^Identity, Totalsports, Sportscene,
    ^Zara, H&M, Uniqlo, ^Gap, Old Navy, Banana Republic, Forever 21, American Eagle, Abercrombie,
    ^Hollister, Urban Outfitters, Levi's, Nike, Adidas, Puma, New Balance, Foot Locker, JD Sports,
    Sports Direct, ^Next, River Island, New Look, Topshop, Asos, Boohoo, Pretty Little Thing,
    ^Mango, Bershka, Pull & Bear, Massimo Dutti, C&A, Peek & Cloppenburg, Deichmann, Kik Textil,
    ^Reserved, Lululemon, Aritzia, ^Roots, Joe Fresh, Reitmans, Mark's, Sportchek, Uggs, Skechers,
    ^Clarks, Payless, DSW, Famous Footwear, Burlington Coat, Superdry, Jack & Jones, Vero Moda,
    ^Guess, Calvin Klein, Tommy Hilfiger, Ralph Lauren, Lacoste, Hugo Boss, Ted Baker, Fossil,
    Pandora, Swarovski, Sunglass Hut, Claire's, Accessorize, Woolworths Clothing, ^Legit, Studio 88
GENERAL_MERCHANDISE_ELECTRONICS: Best Buy, Apple Store, Apple Online Store, Samsung, Currys, Currys
    PC World, Argos, MediaMarkt, Media Markt, ^Saturn, Fnac, Darty, ^Boulanger, JB Hi-Fi, Harvey
    Norman, Good Guys, Incredible Connection, Hi-Fi Corp, Dion Wired, iStore, Micro Center, B&H
    Photo, Adorama, Newegg Store, The Source, Visions Electronics, Canada Computers, Memory Express,
    Cyberport, Notebooksbilliger, ^Conrad, Elgiganten, ^Power, Euronics, ^Dell, Lenovo, HP Store,
    Microsoft Store, Logitech
GENERAL_MERCHANDISE_BOOKSTORES_AND_NEWSSTANDS: Barnes & Noble, Barnes and Noble, ^Indigo, ^Chapters,
    Waterstones, WHSmith, WH Smith, ^Thalia, Hugendubel, Exclusive Books, CNA, Books-A-Million,
    Powell's, Blackwell's, Foyles, ^Relay, Hudson News, Kindle, Audible, Book Depository, Readers
    Warehouse, Bargain Books, Dymocks
GENERAL_MERCHANDISE_OFFICE_SUPPLIES: Staples, Office Depot, OfficeMax, Officeworks, ^Waltons, Ryman,
    Viking Direct, McPaper, Bureau Vallee
GENERAL_MERCHANDISE_PET_SUPPLIES: Petco, PetSmart, Pets at Home, Petsmart, Pet Valu, Fressnapf,
    Zooplus, Chewy, Petbarn, Petstock, Pet Shop, Petland, Absolute Pets, Pet Zone, Maxi Zoo
GENERAL_MERCHANDISE_SPORTING_GOODS: Decathlon, Dick's Sporting Goods, Academy Sports, REI, Bass Pro,
    Cabela's, Sport Chek, Sportsmans Warehouse, Cape Union Mart, Outdoor Warehouse, Intersport, Go
    Outdoors, Mountain Warehouse, Rebel Sport, ^Anaconda, MEC, Big 5
GENERAL_MERCHANDISE_GIFTS_AND_NOVELTIES: ^Hallmark, Card Factory, ^Clintons, Typo, Build-A-Bear,
    Spencer's, Party City, Paperchase, Smiggle
GENERAL_MERCHANDISE_TOBACCO_AND_VAPE: Juul, Vuse, Vape King, Vapestore, Smoke Shop, Cigar Shop,
    Tobacconist, Headshop
GENERAL_MERCHANDISE_OTHER_GENERAL_MERCHANDISE: Toys R Us, Smyths, Hamleys, Toy Kingdom, Lego Store,
    ^Michaels, Hobby Lobby, ^Joann, Hobbycraft, ^Spotlight, Game Stop, GameStop, EB Games, Clicks
    Home, Sheet Street, Mr Price Home, ^@Home, Bed Bath & Beyond, Pier 1, Kirklands, Dunelm, The
    Range, Wilko
HOME_IMPROVEMENT_HARDWARE: Home Depot, Lowe's, Lowes, Menards, Ace Hardware, True Value, Builders
    Warehouse, ^Builders, Leroy Merlin, Cashbuild, ^Buco, ^Chamberlain, Bunnings, Mitre 10,
    Screwfix, Toolstation, B&Q, Wickes, Homebase, ^Obi, Hornbach, ^Bauhaus, ^Toom, Castorama, Brico
    Depot, Bricomarche, ^Rona, Canadian Tire, Home Hardware, Harbor Freight, Northern Tool, Tractor
    Supply
HOME_IMPROVEMENT_FURNITURE: IKEA, Wayfair Furniture, Ashley Furniture, Rooms To Go, La-Z-Boy,
    Pottery Barn, West Elm, Crate & Barrel, Restoration Hardware, ^RH, Structube, Leon's, The Brick,
    Sleep Country, Mattress Firm, Sofa.com, DFS, ScS, Oak Furnitureland, Made.com, Hoffle, ^Poco,
    XXXLutz, Conforama, Maisons du Monde, Coricraft, Weylandts, Dial a Bed, Bed Store, Lewis Stores,
    Russells, Beares, OK Furniture, House & Home, Fantastic Furniture, Freedom Furniture, Nick
    Scali, ^Amart
HOME_IMPROVEMENT_SECURITY: ADT, SimpliSafe, ^Ring, Vivint, Brinks Home, Fidelity ADT, Chubb
    Security, Verisure, Securitas, ^Frontline
MEDICAL_PHARMACIES_AND_SUPPLEMENTS: Dis-Chem, Dischem, Clicks, CVS, CVS Pharmacy, Walgreens, Rite
    Aid, Duane Reade, Shoppers Drug Mart, Rexall, Jean Coutu, London Drugs, Pharmasave, ^Boots,
    Superdrug, Lloyds Pharmacy, Well Pharmacy, DM Drogerie, dm-drogerie markt, Rossmann, Muller
    Drogerie, Budnikowsky, Chemist Warehouse, Priceline Pharmacy, Amcal, Terry White, Medirite, Medi
    Rite, Alpha Pharm, GNC, Vitamin Shoppe, Holland & Barrett, Holland and Barrett, Nature's Way,
    iHerb, Doc Morris, Shop Apotheke, Guardian Pharmacy, Watsons, Mannings
MEDICAL_PRIMARY_CARE: Kaiser Permanente, One Medical, MinuteClinic, CityMD, Mediclinic, Netcare,
    Life Healthcare, Lancet Laboratories, Ampath, PathCare, Quest Diagnostics, LabCorp, NHS, Bupa
MEDICAL_DENTAL_CARE: Aspen Dental, Bupa Dental, MyDentist, Smile Direct, Invisalign, Dentalcorp,
    Pacific Dental
MEDICAL_EYE_CARE: Specsavers, Spec-Savers, Vision Express, LensCrafters, Pearle Vision, Warby
    Parker, Fielmann, Apollo Optik, Optical Express, Visionworks, America's Best, Torga Optical,
    Mellins, Execuspecs, Contacts Direct, ^1-800 Contacts, Optometrist
MEDICAL_VETERINARY_SERVICES: Banfield, VCA Animal Hospital, Medivet, Vets4Pets, Blue Cross,
    Greencross Vets
PERSONAL_CARE_GYMS_AND_FITNESS_CENTERS: Planet Fitness, Anytime Fitness, 24 Hour Fitness, LA
    Fitness, Gold's Gym, ^Equinox, Crunch Fitness, Orangetheory, F45, SoulCycle, Peloton, ClassPass,
    Virgin Active, Planet Fitness SA, Zone Fitness, PureGym, The Gym Group, David Lloyd, Nuffield
    Health, McFit, FitX, Clever Fit, Basic-Fit, GoodLife Fitness, Fit4Less, Snap Fitness, Jetts,
    Strava, Fitbit Premium, Myprotein
PERSONAL_CARE_HAIR_AND_BEAUTY: Sephora, Ulta, Ulta Beauty, Sally Beauty, Great Clips, Supercuts,
    Sport Clips, Regis Salon, Toni & Guy, Headmasters, Rush Hair, ^Douglas, Flaconi, Yves Rocher,
    ^Lush, The Body Shop, Bath & Body Works, Kiehl's, MAC Cosmetics, ^-Benefit, Fenty, Glossier,
    Perfumania, Marionnaud, Nocibe, ^Sorbet, Placecol, ^Mimosa, Foschini Beauty, Beauty Bar
PERSONAL_CARE_LAUNDRY_AND_DRY_CLEANING: Laundromat, Laundrette, Dry Cleaners, Drycleaners, Wash &
    Fold, Laundry, The Laundry, Waschsalon, Laverie, Pressing, Johnson Cleaners, Timpson
RENT_AND_UTILITIES_TELEPHONE: Vodacom, MTN, Telkom, Telkom Mobile, Cell C, Rain Mobile, Verizon,
    Verizon Wireless, AT&T, ^ATT, T-Mobile, ^Sprint, US Cellular, Mint Mobile, Cricket Wireless,
    Metro by T-Mobile, Boost Mobile, Google Fi, ^Rogers, Bell Canada, Bell Mobility, Telus, ^Fido,
    Koodo, Virgin Mobile, Virgin Plus, Freedom Mobile, Chatr, Public Mobile, Vodafone, O2, ^Three,
    Three UK, giffgaff, Lebara, Lycamobile, Tesco Mobile, Sky Mobile, Telekom, Deutsche Telekom,
    Congstar, Aldi Talk, ^Orange, SFR, Bouygues Telecom, Free Mobile, Movistar, Telstra, Optus,
    Airtel, Jio, Safaricom, Glo Mobile, Etisalat, Skype
RENT_AND_UTILITIES_INTERNET_AND_CABLE: Comcast, Xfinity, ^Spectrum, ^Charter, Cox Communications,
    ^Optimum, ^Frontier, CenturyLink, ^Shaw, Videotron, Cogeco, Starlink, BT Broadband, BT Group,
    Sky Broadband, Virgin Media, TalkTalk, Plusnet, Hyperoptic, Vodafone Kabel, 1&1, Unitymedia,
    Freebox, Livebox, Afrihost, Webafrica, Cool Ideas, Openserve, Vumatel, Frogfoot, Axxess, Mweb,
    Telkom Internet, Dial Direct Internet, Hetzner, Namecheap, GoDaddy, Hostgator, Bluehost,
    Cloudflare, DigitalOcean
RENT_AND_UTILITIES_GAS_AND_ELECTRICITY: Eskom, City Power, PG&E, Pacific Gas, Con Edison, ConEd,
    Duke Energy, Dominion Energy, Southern California Edison, SCE, Georgia Power, FPL, Florida
    Power, Xcel Energy, National Grid, Hydro One, Toronto Hydro, BC Hydro, Hydro Quebec, Enbridge,
    Fortis, Alectra, British Gas, EDF Energy, EDF, E.ON, Octopus Energy, Ovo Energy, Scottish Power,
    SSE, ^Bulb, Vattenfall, Stadtwerke, Engie, Iberdrola, Endesa, Enel, AGL, Origin Energy, Energy
    Australia, Prepaid Electricity, Electricity Prepaid
RENT_AND_UTILITIES_WATER: Thames Water, Severn Trent, United Utilities, Anglian Water, Yorkshire
    Water, Welsh Water, American Water, Aqua America, Veolia Eau, Rand Water, Joburg Water, Sydney
    Water, Wasserwerke
RENT_AND_UTILITIES_SEWAGE_AND_WASTE_MANAGEMENT: Waste Management, Republic Services, Waste
    Connections, Biffa, Veolia, ^Suez, Pikitup, Rumpke
RENT_AND_UTILITIES_RENT: Zillow Rent, Apartments.com, RentPayment, Rent Payment, Cozy Rent, Avail
    Rent, Pay Rent, Rentberry, Openrent, Property Management, Greystar, Equity Residential,
    AvalonBay
ENTERTAINMENT_TV_AND_MOVIES: Netflix, Disney Plus, Disney+, DisneyPlus, Hulu, HBO Max, HBO, ^Max,
    Paramount Plus, ^Paramount+, ^Peacock, Showmax, DStv, Multichoice, Apple TV, Prime Video, Amazon
    Prime Video, ^Crave, Britbox, Now TV, Sky TV, Sky Digital, ^Canal+, Canal Plus, Sling TV,
    YouTube TV, Fubo, Philo, Crunchyroll, Mubi, AMC Theatres, Regal Cinemas, Cinemark, Cineplex,
    Ster-Kinekor, Nu Metro, Odeon, Vue Cinemas, Cineworld, Picturehouse, CinemaxX, UCI Kinowelt,
    Pathe, Gaumont, Hoyts, Event Cinemas, Village Cinemas, ^Fandango, Vudu, TV Licence, Box Office,
    Rakuten TV, PeacockTV, Peacock TV, Alamo Drafthouse
ENTERTAINMENT_MUSIC_AND_AUDIO: Spotify, Apple Music, ^Tidal, Deezer, Pandora Music, SiriusXM, Sirius
    XM, Amazon Music, YouTube Music, YouTube Premium, SoundCloud, Bandcamp, Audible Subscription,
    Ticketmaster Music, Qobuz, Napster
ENTERTAINMENT_VIDEO_GAMES: ^Steam, Steampowered, Steamgames, ^Valve, PlayStation, PlayStation
    Network, Sony PlayStation, Xbox, Xbox Live, Microsoft Xbox, Nintendo, Nintendo eShop, Epic
    Games, ^Blizzard, Battle.net, EA Games, Electronic Arts, Ubisoft, Riot Games, Roblox, Twitch,
    Humble Bundle, GOG, Game Pass, Switch Eshop, Supercell, King.com
ENTERTAINMENT_SPORTING_EVENTS_AMUSEMENT_PARKS_AND_MUSEUMS: Ticketmaster, Live Nation, StubHub,
    SeatGeek, Eventbrite, Computicket, Webtickets, Quicket, Ticketpro, Disneyland, Walt Disney
    World, Universal Studios, Six Flags, Cedar Fair, Legoland, SeaWorld, Gold Reef City, Ratanga,
    uShaka, Two Oceans Aquarium, Kruger Park, SANParks, Museum, Zoo, Aquarium, National Trust,
    English Heritage, Merlin Entertainments, Madame Tussauds, Thorpe Park, Alton Towers, Europa
    Park, Phantasialand, ^Tivoli
ENTERTAINMENT_OTHER_ENTERTAINMENT: Patreon, OnlyFans, Bowling, Escape Room, Laser Tag, Trampoline
    Park, Go Kart, Mini Golf, Arcade, Karaoke
TRANSPORTATION_TAXIS_AND_RIDE_SHARES: Uber, Uber Trip, Uber Rides, Lyft, ^Bolt, Bolt.eu, Didi, DiDi
    Rider, ^Grab, Gojek, Ola Cabs, Careem, Cabify, FreeNow, Free Now, Taxify, ^Curb, Gett, Addison
    Lee, Blacklane, Yandex Taxi, InDriver, Via Transportation, Taxi, Yellow Cab
TRANSPORTATION_PUBLIC_TRANSIT: Gautrain, MyCiTi, Rea Vaya, Metrorail, PRASA, Putco, TfL, Transport
    for London, Oyster, National Rail, Trainline, Avanti West Coast, LNER, GWR, Southern Railway,
    Northern Rail, ScotRail, Eurostar, Deutsche Bahn, DB Bahn, DB Vertrieb, BVG, MVG, HVV, RMV, VBB,
    SNCF, RATP, Navigo, ^TER, Renfe, Trenitalia, ^Italo, SBB, OBB, NS Reizigers, OV-chipkaart, MTA,
    NYC Transit, OMNY, MBTA, SEPTA, WMATA, ^BART, ^Clipper, Caltrain, LA Metro, TAP Card, ^Metra,
    CTA Ventra, Ventra, ^Presto, TTC, OC Transpo, STM, Translink, Compass Card, GO Transit, Via
    Rail, Amtrak, ^Greyhound, FlixBus, Megabus, Intercape, Translux, Citiliner, ^Opal, Myki, Go
    Card, Octopus Card, EZ-Link, Suica, Pasmo
TRANSPORTATION_PARKING: ParkMobile, SpotHero, PayByPhone, RingGo, JustPark, NCP Parking, Impark,
    Easy Park, EasyPark, Indigo Parking, Q-Park, APCOA, Interpark, LAZ Parking, SP Plus, Premier
    Parking, Green P, Parkopedia, Parkade, Parking, Parkonomics, Parking Garage
TRANSPORTATION_TOLLS: E-ZPass, EZPass, SunPass, FasTrak, TxTag, 407 ETR, Sanral, E-Toll, eToll, Toll
    Plaza, Toll Road, Autopista, Peage, Autostrade, Dartford Crossing, Dart Charge, Linkt, Vinnet
TRANSPORTATION_BIKES_AND_SCOOTERS: ^Lime, Bird Scooter, Citi Bike, Santander Cycles, Bixi, Nextbike,
    Tier Mobility, ^Voi, ^Dott, Jump Bikes, Divvy, Capital Bikeshare, Velib
TRAVEL_FLIGHTS: British Airways, Lufthansa, Delta Air Lines, Delta Airlines, Delta Air, United
    Airlines, American Airlines, Southwest Airlines, Southwest Air, JetBlue, Alaska Airlines, Spirit
    Airlines, Frontier Airlines, Allegiant, Air Canada, WestJet, Porter Airlines, Flair Airlines,
    Qantas, Virgin Australia, Jetstar, ^Emirates, Qatar Airways, Etihad, Turkish Airlines, KLM, Air
    France, ^Iberia, Vueling, Ryanair, easyJet, Wizz Air, Jet2, TUI Airways, Eurowings, ^Condor,
    Swiss International, Austrian Airlines, SAS Airlines, Finnair, Norwegian Air, TAP Air, Aer
    Lingus, Virgin Atlantic, Singapore Airlines, Cathay Pacific, Japan Airlines, ^ANA, Air India,
    South African Airways, FlySafair, Safair, Kulula, Airlink, Mango Airlines, CemAir, Ethiopian
    Airlines, Kenya Airways, RwandAir, LATAM, Avianca, Aeromexico, Copa Airlines, Expedia Flights,
    Skyscanner, Kiwi.com
TRAVEL_LODGING: Airbnb, Booking.com, Booking Com, Hotels.com, Expedia, Agoda, Vrbo, Marriott,
    ^Hilton, Hyatt, IHG, Holiday Inn, Crowne Plaza, Intercontinental, Sheraton, Westin, Radisson,
    Best Western, Wyndham, Ramada, Days Inn, Super 8, Motel 6, La Quinta, Choice Hotels, Comfort
    Inn, Hampton Inn, Four Seasons, Ritz-Carlton, Fairmont, Novotel, Ibis, Accor, Mercure, Premier
    Inn, Travelodge, Motel One, Tsogo Sun, Southern Sun, City Lodge, Protea Hotels, Sun
    International, Hostelworld, Hostel, Hotel, Motel, Guest House, Guesthouse, Lodge, Bed and
    Breakfast, B&B, Inn, Resort, Game Lodge, Safari Lodge, Lekkeslaap, SafariNow, DoubleTree,
    Hampton by Hilton, Embassy Suites
TRAVEL_RENTAL_CARS: ^Hertz, ^Avis, Budget Rent, Budget Car Rental, Enterprise Rent-A-Car, Enterprise
    Rent, National Car Rental, ^Alamo, Sixt, Europcar, ^Thrifty, Dollar Rent, Tempest Car Hire,
    First Car Rental, Bidvest Car Rental, Woodford Car Hire, Zipcar, Turo, Getaround, Car2Go, Share
    Now, Communauto, Evo Car Share
TRAVEL_OTHER_TRAVEL: Tripadvisor, Viator, GetYourGuide, Klook, Trip.com, Lastminute, Flight Centre,
    STA Travel, Thomas Cook, TUI, Club Med, Carnival Cruise, Royal Caribbean, Norwegian Cruise, MSC
    Cruises, Travel Agency, Duty Free, Dufry, World Duty Free, Heinemann Duty Free
GENERAL_SERVICES_INSURANCE: ^Discovery, Discovery Life, Discovery Insure, Old Mutual, Sanlam,
    Outsurance, Santam, Hollard, ^Momentum, Liberty Life, MiWay, King Price, Budget Insurance,
    Dialdirect, Auto & General, 1Life, Clientele, Assupol, Metropolitan Life, Aon, Bryte, Absa Life,
    FNB Life, ^Hippo, Geico, State Farm, ^Progressive, Allstate, Nationwide Insurance, Liberty
    Mutual, Farmers Insurance, USAA Insurance, Travelers Insurance, MetLife, Prudential, Aflac,
    ^Lemonade, Intact Insurance, Desjardins Insurance, TD Insurance, Aviva, Direct Line, ^Admiral,
    Churchill Insurance, ^LV=, Hastings Direct, Legal & General, Allianz, AXA, HUK-Coburg,
    ^Generali, ^Ergo, ^Zurich, Debeka, Signal Iduna, Devk, Huk24, MAIF, MACIF, Groupama, Mapfre,
    NRMA, AAMI, Budget Direct, Youi, Allianz Insurance, Insurance, Assurance, Life Insurance,
    Versicherung, Assurances
GENERAL_SERVICES_AUTOMOTIVE: Jiffy Lube, ^Midas, Meineke, Pep Boys, Firestone, ^Goodyear, Tiger
    Wheel & Tyre, Supa Quick, Hi-Q, Tyremart, Bridgestone, Michelin, Kwik Fit, Halfords, ATU,
    Autozone, AutoZone, O'Reilly Auto, Advance Auto Parts, NAPA Auto, Midas SA, Autobarn, Repco,
    Supercheap Auto, Car Wash, Carwash, Car Valet, Mr Lube, Valvoline, Safelite, Dekra, TUV, MOT
    Test, ^AA, AAA, CAA, RAC, ADAC, Cartrack, ^Tracker, Netstar, Matrix Vehicle Tracking, Ctrack,
    Vehicle Tracking, Panel Beaters, Auto Repair, Tyre, Tyres
GENERAL_SERVICES_POSTAGE_AND_SHIPPING: USPS, ^UPS, FedEx, DHL, Royal Mail, Post Office, Canada Post,
    Deutsche Post, La Poste, Australia Post, PostNet, SA Post Office, The Courier Guy, Aramex,
    Pargo, Hermes, Evri, DPD, GLS, Purolator, Parcelforce, Pudo, UPS Store
GENERAL_SERVICES_STORAGE: Public Storage, Extra Space Storage, CubeSmart, Life Storage, U-Haul,
    Uhaul, Big Yellow, Safestore, Access Self Storage, Stor-Age, Storage King, Shurgard, Self
    Storage, Mini Storage
GENERAL_SERVICES_EDUCATION: Coursera, Udemy, edX, Skillshare, MasterClass, Duolingo, Babbel, Rosetta
    Stone, Khan Academy, LinkedIn Learning, Pluralsight, Brilliant, Chegg, Unisa, University,
    College, School Fees, Tuition, Varsity College, Damelin, Open University, Studiosus
GENERAL_SERVICES_CHILDCARE: KinderCare, Bright Horizons, Goddard School, Learning Care Group,
    Childcare, Daycare, Day Care, Creche, Kita, Nursery School, Preschool, After School Care
GENERAL_SERVICES_ACCOUNTING_AND_FINANCIAL_PLANNING: H&R Block, TurboTax, ^Intuit, QuickBooks, Xero,
    ^Sage, FreshBooks, TaxAct, Wealthfront, Betterment, Personal Capital, Financial Advisor,
    Accountants
GENERAL_SERVICES_CONSULTING_AND_LEGAL: LegalZoom, Rocket Lawyer, Attorneys, Attorney, Law Firm,
    Solicitors, Notary, Legal Services, Rechtsanwalt, Avocat
GENERAL_SERVICES_OTHER_GENERAL_SERVICES: TaskRabbit, ^Handy, Angi, Thumbtack, Fiverr Services,
    Upwork Services, Dropbox, Google Storage, Google One, iCloud, Apple iCloud, Microsoft 365,
    Office 365, ^Adobe, Canva, ^Zoom, ^Slack, ^Notion, Evernote, 1Password, LastPass, NordVPN,
    ExpressVPN, Surfshark, ChatGPT, OpenAI, Github, Grammarly, Squarespace, Wix, Mailchimp, Shopify
GOVERNMENT_AND_NON_PROFIT_DONATIONS: Red Cross, UNICEF, Oxfam, Save the Children, Doctors Without
    Borders, MSF, Greenpeace, WWF, ^Amnesty, Salvation Army, Goodwill Donation, GoFundMe,
    JustGiving, Givealittle, GlobalGiving, Charity, Donation, Spende, Gift of the Givers, Cancer
    Research, British Heart Foundation, ^Macmillan, Wikimedia, Wikipedia
GOVERNMENT_AND_NON_PROFIT_GOVERNMENT_DEPARTMENTS_AND_AGENCIES: DMV, Department of Motor Vehicles,
    Home Affairs, Traffic Department, eNaTIS, Licence Renewal, DVLA, Passport Office, HM Passport,
    USCIS, Service Canada, ServiceOntario, Burgeramt, Prefecture, City of Johannesburg, City of Cape
    Town, eThekwini, Municipality, City Council, County Clerk, Court Fees, Traffic Fine, Parking
    Fine, Speeding Fine
"""

KEYWORDS = """
FOOD_AND_DRINK_GROCERIES: supermarket, supermarkt, supermarche, supermercado, grocery, groceries,
    grocer, greengrocer, butcher, butchery, biltong, deli, delicatessen, bakkerij, fruit and veg,
    farm stall, farmers market, hypermarket, food store, foods, fresh produce, organic market,
    market, metzgerei, boucherie, epicerie, alimentation, lebensmittel
FOOD_AND_DRINK_RESTAURANT: restaurant, restaurante, ristorante, trattoria, pizzeria, bistro,
    brasserie, grill, steakhouse, steak house, diner, tavern, pub, gastropub, sushi, ramen, noodle,
    noodles, thai, indian cuisine, curry, tandoori, kitchen, eatery, cantina, taqueria, bbq,
    barbecue, braai, tapas, brewery, bar and grill, seafood, oyster, chophouse, kebab, doner,
    shawarma, gasthaus, gasthof, wirtshaus, pizza, burger, burgers, wings, chicken, dim sum,
    dumpling, pho, bagel, bagels, canteen, cafeteria, buffet, tea room, tea garden, lounge, cafe,
    caffe, bakery, patisserie, boulangerie, baeckerei, backerei
FOOD_AND_DRINK_COFFEE: coffee, espresso, roastery, coffee roasters, coffee shop, kaffee, koffie,
    barista, coffeehouse, cafe coffee
FOOD_AND_DRINK_FAST_FOOD: takeaway, takeaways, take away, takeout, fast food, drive thru, drive
    through, fish and chips, chippy, snack bar, imbiss, food truck, hot dog, fried chicken,
    shisanyama
FOOD_AND_DRINK_BEER_WINE_AND_LIQUOR: liquor, liquors, liquor store, bottle store, bottlestore, wine
    shop, wine merchant, wines, winery, wine estate, cellars, vineyard, spirits, off licence, beer
    store, brewing, craft beer, tavern liquor, drankwinkel, caviste
FOOD_AND_DRINK_VENDING_MACHINES: vending, vending machine, canteen vending, snack machine
GENERAL_MERCHANDISE_TOBACCO_AND_VAPE: tobacco, tobacconist, smoke, smokers, smoking, smoke shop,
    vape, vapes, vaping, cigar, cigars, cigarettes, hookah, hubbly, shisha, tabac, tabak, e cig
GENERAL_MERCHANDISE_CLOTHING_AND_ACCESSORIES: clothing, apparel, fashion, boutique, shoes, footwear,
    jeans, outfitters, tailor, lingerie, jewellers, jewelry, jewellery, menswear, womenswear, kids
    wear, bekleidung, schuhe, chaussures, vetements
GENERAL_MERCHANDISE_ELECTRONICS: electronics, computers, computer store, mobile phones, phone shop,
    cellular accessories, gadgets, hifi, camera store, game store, playstation store
GENERAL_MERCHANDISE_CONVENIENCE_STORES: convenience, convenience store, mini market, minimarket,
    corner shop, quickshop, quick shop, kiosk, spaza, tuck shop, trading store, superette, bodega,
    minimart, food mart, gas mart
GENERAL_MERCHANDISE_DISCOUNT_STORES: dollar store, discount store, pound shop, bargain store, thrift
    store, thrift shop, charity shop, second hand, op shop
GENERAL_MERCHANDISE_BOOKSTORES_AND_NEWSSTANDS: bookstore, bookshop, books, newsagent, newsstand,
    news agency, buchhandlung, librairie, magazines
GENERAL_MERCHANDISE_PET_SUPPLIES: pet store, pet shop, pets, pet food, aquarium supplies
GENERAL_MERCHANDISE_SPORTING_GOODS: sporting goods, sports store, outdoor store, bike shop, cycle
    shop, golf shop, pro shop, surf shop, fishing tackle, tackle shop, camping store
GENERAL_MERCHANDISE_GIFTS_AND_NOVELTIES: gifts, gift shop, souvenir, souvenirs, florist, flowers,
    flower shop, novelties, party supplies, card shop, toys, toy store, curios
GENERAL_MERCHANDISE_OFFICE_SUPPLIES: stationery, stationers, office supplies, printing, print shop,
    copy shop
GENERAL_MERCHANDISE_DEPARTMENT_STORES: department store, kaufhaus, grand magasin
GENERAL_MERCHANDISE_OTHER_GENERAL_MERCHANDISE: store, shop, stores, traders, trading, general
    dealer, wholesale, wholesalers, hardware and general, emporium, variety store, general store,
    retail, online store, mall, shopping mall, shopping centre, shopping center
HOME_IMPROVEMENT_HARDWARE: hardware, hardware store, building supplies, builders merchant, timber,
    lumber, paint store, paint centre, plumbing supplies, electrical supplies, baumarkt, bricolage,
    ferreteria, hardware centre, tile store, gas refill, lp gas, lpg
HOME_IMPROVEMENT_FURNITURE: furniture, furnishers, mattress, beds, sofa, decor, home decor,
    interiors, homeware, homewares, mobel, meubles, muebles
HOME_IMPROVEMENT_REPAIR_AND_MAINTENANCE: plumber, plumbing, electrician, handyman, locksmith, pest
    control, roofing, painter, glazier, garden services, landscaping, gardening, garden centre,
    garden center, nursery garden, pool service, pool shop, appliance repair, hvac, aircon,
    irrigation, cleaning services, maid service, domestic services
HOME_IMPROVEMENT_SECURITY: security, alarm, armed response, alarm monitoring, cctv, guarding
MEDICAL_PHARMACIES_AND_SUPPLEMENTS: pharmacy, pharmacie, farmacia, apotheke, apotheek, apteka,
    chemist, chemists, drugstore, drug store, drogerie, dispensary, pharma, supplements, vitamins,
    health store, health shop
MEDICAL_PRIMARY_CARE: doctor, doctors, medical centre, medical center, clinic, medical practice, gp
    surgery, physician, hospital, urgent care, pathology, laboratory, radiology, x ray, arzt,
    arztpraxis, medecin, family practice, health centre, physiotherapy, physio, chiropractor
MEDICAL_DENTAL_CARE: dentist, dental, orthodontist, orthodontics, dental surgery, zahnarzt, dentiste
MEDICAL_EYE_CARE: optician, opticians, optometrist, optical, eyewear, optometry, eye care, optiker,
    opticien, spectacles
MEDICAL_VETERINARY_SERVICES: vet, vets, veterinary, veterinarian, animal hospital, animal clinic,
    tierarzt, veterinaire
MEDICAL_OTHER_MEDICAL: medical aid, medical scheme, therapist, psychologist, counselling,
    counseling, hearing aid, audiology, medical supplies
PERSONAL_CARE_GYMS_AND_FITNESS_CENTERS: gym, gymnasium, fitness, fitness centre, fitness center,
    crossfit, yoga, pilates, health club, martial arts, boxing club, climbing gym, swimming pool,
    spinning, bootcamp
PERSONAL_CARE_HAIR_AND_BEAUTY: salon, hair salon, hairdresser, hairdressers, hair, barber, barbers,
    barbershop, beauty, beauty salon, nails, nail bar, nail salon, spa, day spa, massage, waxing,
    lashes, brows, cosmetics, perfume, perfumery, friseur, coiffeur, coiffure, parfumerie, kosmetik,
    skincare
PERSONAL_CARE_LAUNDRY_AND_DRY_CLEANING: laundry, laundromat, laundrette, launderette, dry cleaning,
    dry cleaner, dry cleaners, wash and fold, reinigung, pressing, laverie
PERSONAL_CARE_OTHER_PERSONAL_CARE: tattoo, piercing, tanning, tanning salon
RENT_AND_UTILITIES_TELEPHONE: airtime, prepaid airtime, mobile data, data bundle, cellular, cell
    phone, mobile phone bill, wireless, telecom, telecommunications, mobile, recharge, top up,
    topup, prepaid mobile, telefonica, mobilfunk
RENT_AND_UTILITIES_INTERNET_AND_CABLE: internet, broadband, fibre, fiber, isp, cable tv, satellite
    tv, web hosting, hosting, domains, domain registration, wifi
RENT_AND_UTILITIES_GAS_AND_ELECTRICITY: electricity, electric, power company, energy, utility,
    utilities, natural gas, gas company, hydro, prepaid electricity, strom, electricite
RENT_AND_UTILITIES_WATER: water, water board, water utility, water and sanitation, wasser
RENT_AND_UTILITIES_SEWAGE_AND_WASTE_MANAGEMENT: waste, refuse, rubbish, garbage, trash, sewage,
    sewer, recycling, skip hire, abfall
RENT_AND_UTILITIES_RENT: -rent, rental payment, apartment, apartments, property rental, landlord,
    letting agent, lettings, miete, loyer, body corporate, hoa, strata, levies, levy
ENTERTAINMENT_TV_AND_MOVIES: cinema, cinemas, movies, movie, theatre, theater, kino, cine,
    streaming, tv subscription, film, imax, drive in
ENTERTAINMENT_MUSIC_AND_AUDIO: music, concert tickets, records, vinyl, music store, audiobooks,
    podcast
ENTERTAINMENT_VIDEO_GAMES: video games, games, gaming, game credits, esports
ENTERTAINMENT_SPORTING_EVENTS_AMUSEMENT_PARKS_AND_MUSEUMS: golf, golf club, golf course, golf
    estate, stadium, tickets, ticket, museum, gallery, zoo, aquarium, theme park, amusement park,
    waterpark, water park, nature reserve, game reserve, national park, botanical garden,
    exhibition, arena, sports club, racecourse, cricket club, rugby, football club, ski pass, ski
    resort
ENTERTAINMENT_OTHER_ENTERTAINMENT: entertainment, bowling, arcade, karaoke, escape room, paintball,
    nightclub, club, events, festival, comedy club, bingo, party
TRANSPORTATION_GAS: fuel, fuel purchase, gas station, petrol, petrol station, service station,
    filling station, garage fuel, diesel, tankstelle, station service, gasolinera, benzin,
    carburant, truck stop, fuel centre, fuel stop, garage
TRANSPORTATION_PARKING: parking, car park, carpark, parkade, parking garage, parkhaus, parkplatz,
    stationnement, parking meter, park and ride, valet parking
TRANSPORTATION_PUBLIC_TRANSIT: transit, metro, subway, railway, rail, train, trains, bus, bus fare,
    tram, ferry, public transport, commuter, bahn, transports, tube
TRANSPORTATION_TAXIS_AND_RIDE_SHARES: taxi, taxis, cab, cabs, rideshare, ride share, ride hailing,
    limo, limousine, chauffeur, minicab, shuttle
TRANSPORTATION_TOLLS: toll, tolls, e toll, toll road, tollgate, toll plaza, maut, peage, vignette
TRANSPORTATION_BIKES_AND_SCOOTERS: bike share, bikeshare, scooter, e scooter, scooter rental,
    bicycle hire, cycle hire
TRANSPORTATION_OTHER_TRANSPORTATION: transport, towing, licence disc, vehicle licence, driving
    school, roadside assistance
TRAVEL_FLIGHTS: airline, airlines, airways, air lines, airfare, flights, flight, aviation, airport,
    air ticket
TRAVEL_LODGING: hotel, hotels, motel, inn, lodge, lodging, resort, guest house, guesthouse, bed and
    breakfast, b b, hostel, backpackers, chalet, chalets, cottage, villa, apartments holiday,
    holiday rental, campsite, camping, caravan park, glamping, self catering, pension hotel,
    pousada, ryokan, farm stay, game lodge, safari, manor, country house
TRAVEL_RENTAL_CARS: car rental, car hire, rent a car, autovermietung, location voiture, vehicle
    hire, van hire
TRAVEL_OTHER_TRAVEL: travel, travel agent, tours, tour operator, excursions, cruise, visa fee,
    passport, duty free, holiday, holidays, vacation, trip, tourism
GENERAL_SERVICES_INSURANCE: insurance, insurer, assurance, insure, ins, insur, life cover,
    funeral cover, funeral plan, funeral policy, policy premium, premium, underwriters,
    versicherung, seguros, assurances
GENERAL_SERVICES_AUTOMOTIVE: car wash, carwash, auto repair, mechanic, mechanics, auto service,
    tyres, tires, tyre, tire, auto parts, spares, motor spares, panel beater, smash repair, oil
    change, lube, windscreen, auto glass, car valet, vehicle tracking, tracking, car service,
    motors, autohaus, werkstatt, tow, towing, tow truck, towed, breakdown recovery
GENERAL_SERVICES_POSTAGE_AND_SHIPPING: postage, post office, courier, shipping, parcel, parcels,
    freight, delivery service, mail, poste
GENERAL_SERVICES_STORAGE: storage, self storage, storage units, lockers
GENERAL_SERVICES_EDUCATION: school, college, university, academy, tuition, tutoring, tutor,
    education, learning, course, courses, training, institute, varsity, montessori, kindergarten,
    school fees, exam fees, student fees, seminar, workshop, driving lessons
GENERAL_SERVICES_CHILDCARE: childcare, daycare, day care, creche, nanny, babysitter, babysitting, au
    pair, after care, aftercare, playschool, nursery
GENERAL_SERVICES_ACCOUNTING_AND_FINANCIAL_PLANNING: accountant, accountants, accounting,
    bookkeeping, tax advisor, tax preparation, financial advisor, financial planning, wealth
    management, auditors, steuerberater
GENERAL_SERVICES_CONSULTING_AND_LEGAL: attorney, attorneys, lawyer, lawyers, legal, law firm,
    solicitor, solicitors, notary, conveyancer, consulting, consultants, advocate, advocates, inc
    attorneys
GENERAL_SERVICES_OTHER_GENERAL_SERVICES: subscription, services, service, cleaning, cleaners,
    photography, printing services, repairs, software, app store, apps, cloud storage, web services,
    membership, domain
GOVERNMENT_AND_NON_PROFIT_DONATIONS: donation, donations, charity, charitable, foundation, church,
    tithe, tithes, offering, mosque, synagogue, temple, ngo, trust fund, relief fund, spenden
GOVERNMENT_AND_NON_PROFIT_GOVERNMENT_DEPARTMENTS_AND_AGENCIES: municipality, municipal, council,
    city of, county of, department of, ministry, government, licence renewal, license renewal,
    registry, court, police, traffic fine, fines, permit, passport fees, rates and taxes
GOVERNMENT_AND_NON_PROFIT_TAX_PAYMENT: -tax, -taxes, -income tax, -vat payment, -sales tax, -tax
    return
"""

# Keywords so general that they only hint (low confidence); the model may overrule them.
WEAK_KEYWORDS = """
store, shop, stores, traders, trading, services, service, mobile, market, club, party, events,
transport, travel, trip, holiday, holidays, premium, tracking, learning, course, courses,
training, security, water, energy, utility, utilities, hair, games, books, film, records, mail,
foods, deli, kitchen, lounge, chicken, wings, burger, burgers, garage, electric, entertainment,
subscription, membership, domain, wireless, retail, online store, general store, cellars,
spirits, motors, spares, wines, gifts, flowers, tickets, ticket, arena, gallery, inn, lodge,
resort, manor, cottage, villa, fashion, boutique, transit, rail, bus, hosting, cleaning,
repairs, software, apps, tube, music, movie, movies, academy, institute, workshop, seminar,
recharge, top up, topup, levy, levies, offering, premium, smoke, wholesale, emporium, curios,
alarm, electric, hydro, tire, tyre, lube, delivery service, mode, pets, safari, chalet,
trading store, conv, books, essentials, film, cine, tavern, pub, lounge, mall, shopping mall,
shopping centre, shopping center
"""
