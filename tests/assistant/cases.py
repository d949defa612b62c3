"""Shared phrasings for the assistant's table-driven tests (today is Monday 2026-11-23)."""

from __future__ import annotations

from datetime import date

TODAY = date(2026, 11, 23)

# (text, amount, currency or None when not said)
AMOUNTS = [
    ("I spent 12.50 on lunch", "12.50", None),
    ("I spent 12,50 on lunch", "12.50", None),
    ("spent $1,234.56 on a laptop", "1234.56", "USD"),
    ("spent 1.234,56 € on a sofa", "1234.56", "EUR"),
    ("spent 1 234,56 € on a sofa", "1234.56", "EUR"),
    ("spent €12,50 at Lidl", "12.50", "EUR"),
    ("spent 12,50€ at Lidl", "12.50", "EUR"),
    ("spent EUR 12.50 at Lidl", "12.50", "EUR"),
    ("spent 12.50 EUR at Lidl", "12.50", "EUR"),
    ("spent 12.50 eur at Lidl", "12.50", "EUR"),
    ("spent 10 usd on parking", "10", "USD"),
    ("spent £20 at Tesco", "20", "GBP"),
    ("spent 20 quid at Tesco", "20", "GBP"),
    ("spent 20 pounds at Tesco", "20", "GBP"),
    ("spent ¥500 on a snack", "500", "JPY"),
    ("spent 500 yen on a snack", "500", "JPY"),
    ("I spent 1.2k on a bike", "1200", None),
    ("I spent 45k on a car", "45000", None),
    ("I spent 2 thousand dollars on a car", "2000", "USD"),
    ("I spent 5 grand on a car", "5000", None),
    ("I spent twelve fifty at Blue Bottle", "12.50", None),
    ("I spent forty euros on dinner", "40", "EUR"),
    ("I spent a hundred and five dollars twenty at Costco", "105.20", "USD"),
    ("I spent one thousand two hundred on rent", "1200", None),
    ("I spent nine ninety-nine on an app", "9.99", None),
    ("I spent nine ninety nine on an app", "9.99", None),
    ("I spent twenty-three ninety-nine on a book", "23.99", None),
    ("I spent twenty three ninety nine on a book", "23.99", None),
    ("I spent fifty-six dollars and twelve cents at Target", "56.12", "USD"),
    ("I spent seven dollars and forty cents at Panera", "7.40", "USD"),
    ("I spent $56 and 12 cents at Target", "56.12", "USD"),
    ("I spent $300 and $20 on rent", "320", "USD"),
    ("I spent $2,000 and $500 on a trip", "2500", "USD"),
    ("I spent thirty two fifty on paint", "32.50", None),
    ("I spent one hundred and forty dollars at Costco", "140", "USD"),
    ("I spent two thousand dollars on rent", "2000", "USD"),
    ("I spent three hundred and twenty dollars on rent", "320", "USD"),
    ("I spent twelve dollars on a taxi", "12", "USD"),
    ("I spent thirty four dollars on dinner", "34", "USD"),
    ("I spent eighty euros on the hotel", "80", "EUR"),
    ("I spent five ninety nine on Spotify", "5.99", None),
    ("I spent two fifty on coffee", "2.50", None),
    ("I spent a dollar fifty on gum", "1.50", "USD"),
    ("I spent one fifty on new brakes", "150", None),  # "one" and round tens: a hundred and …
    ("I spent one ninety nine on an app", "1.99", None),
    ("I spent twelve point five on fuel", "12.5", None),
    ("I spent ten thousand on a car", "10000", None),
    ("I spent twenty five hundred on a trip", "2500", None),
    ("I spent 50 cents on gum", "0.50", None),
    ("I spent $5.99 on Spotify", "5.99", "USD"),
    ("I spent 3 dollars on coffee", "3", "USD"),
    ("I spent 40 US dollars on a gift", "40", "USD"),
    ("I spent 40 canadian dollars on a gift", "40", "CAD"),
    ("I spent 15 bucks on lunch", "15", "USD"),
    ("I spent CHF 20 on a train", "20", "CHF"),
    ("I spent 20 francs on a train", "20", "CHF"),
    ("I spent 1'234.50 on a watch", "1234.50", None),
    ("I spent 0.99 on an app", "0.99", None),
    ("I spent .99 on an app", "0.99", None),
    ("I spent 7 on coffee", "7", None),
    ("I spent 4.5 on coffee", "4.5", None),
    ("I spent $4.50 on coffee", "4.50", "USD"),
    ("I spent 100,000 on a house", "100000", None),
    ("I spent 99.95 at Amazon", "99.95", None),
    ("I spent a hundred dollars on shoes", "100", "USD"),
    ("I spent a thousand euros on a laptop", "1000", "EUR"),
    ("I spent one dollar on gum", "1", "USD"),
    ("I spent eleven euros at the bakery", "11", "EUR"),
    ("I spent seventy five dollars on gas", "75", "USD"),
    ("I spent nineteen ninety-five on a shirt", "19.95", None),
    ("I spent 40 at Forever 21", "40", None),
    ("I spent 12 at 7-Eleven", "12", None),
    ("I spent 30 at Studio 54", "30", None),
    ("spent $8 at 7-Eleven on the 3rd", "8", "USD"),
    ("I spent 25 euros at Forever 21 yesterday", "25", "EUR"),
    ("twelve fifty at Blue Bottle", "12.50", None),
    ("$4.75 at Starbucks", "4.75", "USD"),
    ("12.50 for lunch", "12.50", None),
]

# (text, expected slots); "date"/"period" are ISO strings, a period is "start..end".
COMMANDS = [
    # expenses
    (
        "I spent twelve fifty at Blue Bottle this morning",
        {
            "intent": "add_expense",
            "amount": "12.50",
            "merchant": "Blue Bottle",
            "date": "2026-11-23",
        },
    ),
    (
        "I spent $8.40 at Panera today",
        {
            "intent": "add_expense",
            "amount": "8.40",
            "currency": "USD",
            "merchant": "Panera",
            "date": "2026-11-23",
        },
    ),
    (
        "Add $46 for lunch at Red Lobster",
        {"intent": "add_expense", "amount": "46", "merchant": "Red Lobster", "memo": "lunch"},
    ),
    (
        "Log a $17 taxi ride with Uber last night",
        {
            "intent": "add_expense",
            "amount": "17",
            "merchant": "Uber",
            "date": "2026-11-22",
            "category": "TRANSPORTATION_TAXIS_AND_RIDE_SHARES",
        },
    ),
    (
        "I spent $140 at Costco on Sunday",
        {"intent": "add_expense", "amount": "140", "merchant": "Costco", "date": "2026-11-22"},
    ),
    ("Add $7.99 for Netflix", {"intent": "add_expense", "amount": "7.99", "merchant": "Netflix"}),
    (
        "Spent $18.40 on books at Marks & Spencer yesterday",
        {
            "intent": "add_expense",
            "amount": "18.40",
            "merchant": "Marks & Spencer",
            "date": "2026-11-22",
            "category": "GENERAL_MERCHANDISE_BOOKSTORES_AND_NEWSSTANDS",
        },
    ),
    (
        "I bought coffee",
        {
            "intent": "add_expense",
            "amount": None,
            "missing": ("amount",),
            "category": "FOOD_AND_DRINK_COFFEE",
        },
    ),
    (
        "I bought groceries at Lidl",
        {"intent": "add_expense", "amount": None, "merchant": "Lidl", "missing": ("amount",)},
    ),
    ("spent 40 at Forever 21", {"intent": "add_expense", "amount": "40", "merchant": "Forever 21"}),
    (
        "spent 12 at 7-Eleven last Friday",
        {"intent": "add_expense", "amount": "12", "merchant": "7-Eleven", "date": "2026-11-20"},
    ),
    (
        "I spent 30 euros at Studio 54 on Saturday",
        {
            "intent": "add_expense",
            "amount": "30",
            "currency": "EUR",
            "merchant": "Studio 54",
            "date": "2026-11-21",
        },
    ),
    (
        "I spent 20 at Forever 21 on the 3rd",
        {"intent": "add_expense", "amount": "20", "merchant": "Forever 21", "date": "2026-11-03"},
    ),
    (
        "Paid 45 for gas with my visa",
        {
            "intent": "add_expense",
            "amount": "45",
            "account": "visa",
            "category": "TRANSPORTATION_GAS",
        },
    ),
    (
        "I paid 18 euros for fuel in cash",
        {
            "intent": "add_expense",
            "amount": "18",
            "account": "cash",
            "category": "TRANSPORTATION_GAS",
        },
    ),
    (
        "spent 60 on groceries on the 3rd of March",
        {
            "intent": "add_expense",
            "amount": "60",
            "date": "2026-03-03",
            "category": "FOOD_AND_DRINK_GROCERIES",
        },
    ),
    (
        "spent 60 on groceries on March 3",
        {"intent": "add_expense", "amount": "60", "date": "2026-03-03"},
    ),
    (
        "spent 15 on an uber yesterday",
        {
            "intent": "add_expense",
            "amount": "15",
            "date": "2026-11-22",
            "category": "TRANSPORTATION_TAXIS_AND_RIDE_SHARES",
        },
    ),
    (
        "bought a coffee for 3.20 this morning",
        {
            "intent": "add_expense",
            "amount": "3.20",
            "date": "2026-11-23",
            "category": "FOOD_AND_DRINK_COFFEE",
        },
    ),
    (
        "I paid 1200 in rent",
        {"intent": "add_expense", "amount": "1200", "category": "RENT_AND_UTILITIES_RENT"},
    ),
    (
        "I paid $1,800 in rent to Maple Court Apartments",
        {"intent": "add_expense", "amount": "1800", "payee": "Maple Court Apartments"},
    ),
    (
        "log 25 euros eating out",
        {"intent": "add_expense", "amount": "25", "category": "FOOD_AND_DRINK_RESTAURANT"},
    ),
    ("add 9.99 netflix", {"intent": "add_expense", "amount": "9.99"}),
    ("12.50 at Starbucks", {"intent": "add_expense", "amount": "12.50", "merchant": "Starbucks"}),
    (
        "$4.75 at Starbucks this morning",
        {"intent": "add_expense", "amount": "4.75", "date": "2026-11-23"},
    ),
    (
        "I spent 200 on a table at IKEA",
        {"intent": "add_expense", "amount": "200", "merchant": "IKEA"},
    ),
    ("I spent 50 dollars on taxes", {"intent": "add_expense", "amount": "50"}),
    ("record an expense of 30 at the pharmacy", {"intent": "add_expense", "amount": "30"}),
    # income
    ("I got paid 2500 today", {"intent": "add_income", "amount": "2500", "date": "2026-11-23"}),
    ("received 300 euros from Bob", {"intent": "add_income", "amount": "300", "payee": "Bob"}),
    ("add income of 150 dollars", {"intent": "add_income", "amount": "150", "currency": "USD"}),
    (
        "I earned 80 babysitting yesterday",
        {"intent": "add_income", "amount": "80", "date": "2026-11-22"},
    ),
    # payments
    (
        "pay Alice Martin 40 euros for dinner on Friday",
        {
            "intent": "draft_payment",
            "amount": "40",
            "currency": "EUR",
            "payee": "Alice Martin",
            "memo": "dinner",
            "date": "2026-11-27",
        },
    ),
    (
        "Pay Sophie $45 for the babysitting",
        {
            "intent": "draft_payment",
            "amount": "45",
            "payee": "Sophie",
            "memo": "babysitting",
            "category": "GENERAL_SERVICES_CHILDCARE",
        },
    ),
    (
        "Send Anna Kowalski €95 for the hotel",
        {
            "intent": "draft_payment",
            "amount": "95",
            "currency": "EUR",
            "payee": "Anna Kowalski",
            "category": "TRAVEL_LODGING",
        },
    ),
    (
        "send 25 euros to Bob tomorrow",
        {"intent": "draft_payment", "amount": "25", "payee": "Bob", "date": "2026-11-24"},
    ),
    (
        "pay Bob",
        {"intent": "draft_payment", "payee": "Bob", "amount": None, "missing": ("amount",)},
    ),
    (
        "pay my water bill using my checking account",
        {"intent": "draft_payment", "account": "checking", "category": "RENT_AND_UTILITIES_WATER"},
    ),
    ("pay the gas and electric bill", {"intent": "draft_payment"}),
    ("i want to pay my cable bill", {"intent": "draft_payment"}),
    ("please make my car loan payment", {"intent": "draft_payment"}),
    (
        "pay Alice 40 on the 1st",
        {"intent": "draft_payment", "amount": "40", "payee": "Alice", "date": "2026-12-01"},
    ),
    (
        "pay the landlord 900 next Monday",
        {"intent": "draft_payment", "amount": "900", "date": "2026-11-30"},
    ),
    # transfers
    (
        "transfer $200 from savings to checking",
        {"intent": "transfer", "amount": "200", "account": "savings", "to_account": "checking"},
    ),
    (
        "move 100 euros from checking to savings",
        {"intent": "transfer", "amount": "100", "account": "checking", "to_account": "savings"},
    ),
    (
        "transfer 50 between my wells fargo and capital one accounts",
        {"intent": "transfer", "amount": "50"},
    ),
    ("move some money between my accounts", {"intent": "transfer", "amount": None}),
    # budgets
    (
        "set a 200 budget for groceries",
        {"intent": "set_budget", "amount": "200", "category": "FOOD_AND_DRINK_GROCERIES"},
    ),
    (
        "Set a weekly budget of $120 for transport",
        {
            "intent": "set_budget",
            "amount": "120",
            "category": "TRANSPORTATION_OTHER_TRANSPORTATION",
        },
    ),
    (
        "budget 150 euros for eating out",
        {"intent": "set_budget", "amount": "150", "category": "FOOD_AND_DRINK_RESTAURANT"},
    ),
    (
        "create a budget for coffee",
        {"intent": "set_budget", "missing": ("amount",), "category": "FOOD_AND_DRINK_COFFEE"},
    ),
    (
        "How much is left of my dining budget?",
        {"intent": "budget_status", "category": "FOOD_AND_DRINK_RESTAURANT"},
    ),
    ("how am I doing on my grocery budget", {"intent": "budget_status"}),
    (
        "am I over budget this month",
        {"intent": "budget_status", "period": "2026-11-01..2026-11-30"},
    ),
    # questions
    (
        "how much did I spend on coffee last month",
        {
            "intent": "query_spending",
            "category": "FOOD_AND_DRINK_COFFEE",
            "period": "2026-10-01..2026-10-31",
        },
    ),
    (
        "How much did I spend on snacks this week?",
        {"intent": "query_spending", "period": "2026-11-23..2026-11-29"},
    ),
    (
        "how much did I spend at Starbucks in October",
        {"intent": "query_spending", "merchant": "Starbucks", "period": "2026-10-01..2026-10-31"},
    ),
    (
        "how much did I spend on groceries compared to last month",
        {"intent": "query_spending", "comparison": "2026-10-01..2026-10-31"},
    ),
    (
        "what did I spend year to date",
        {"intent": "query_spending", "period": "2026-01-01..2026-11-23"},
    ),
    (
        "how much did I spend between the 1st and the 15th",
        {"intent": "query_spending", "period": "2026-11-01..2026-11-15"},
    ),
    (
        "how much did i spend on food in january",
        {"intent": "query_spending", "period": "2026-01-01..2026-01-31"},
    ),
    (
        "how much did i spend in december",
        {"intent": "query_spending", "period": "2025-12-01..2025-12-31"},
    ),
    (
        "how much did I spend yesterday",
        {"intent": "query_spending", "period": "2026-11-22..2026-11-22"},
    ),
    (
        "what did I spend on fuel last week",
        {"intent": "query_spending", "period": "2026-11-16..2026-11-22"},
    ),
    ("show my last 10 transactions", {"intent": "show_transactions", "limit": 10}),
    ("show me my last five transactions", {"intent": "show_transactions", "limit": 5}),
    ("show transactions over 100 dollars", {"intent": "show_transactions", "min_amount": "100"}),
    (
        "show purchases under 20 euros last month",
        {"intent": "show_transactions", "max_amount": "20", "period": "2026-10-01..2026-10-31"},
    ),
    ("list my transactions at 7-Eleven", {"intent": "show_transactions", "merchant": "7-Eleven"}),
    (
        "show me the transactions from ikea yesterday",
        {"intent": "show_transactions", "merchant": "ikea", "period": "2026-11-22..2026-11-22"},
    ),
    ("what's my balance", {"intent": "balance"}),
    ("how much do I have in savings", {"intent": "balance", "account": "savings"}),
    ("what is the balance on my visa", {"intent": "balance", "account": "visa"}),
    # recategorize, undo, help
    (
        "put Uber under transport",
        {
            "intent": "recategorize",
            "merchant": "Uber",
            "category": "TRANSPORTATION_OTHER_TRANSPORTATION",
        },
    ),
    ("that was groceries", {"intent": "recategorize", "category": "FOOD_AND_DRINK_GROCERIES"}),
    (
        "mark that as eating out",
        {"intent": "recategorize", "category": "FOOD_AND_DRINK_RESTAURANT"},
    ),
    ("it was coffee", {"intent": "recategorize", "category": "FOOD_AND_DRINK_COFFEE"}),
    ("undo", {"intent": "undo"}),
    ("undo that", {"intent": "undo"}),
    ("scratch that", {"intent": "cancel"}),  # what was just said, not the ledger
    ("delete the last transaction", {"intent": "undo"}),
    # dropping the card on screen is not undoing a confirmed change
    ("cancel", {"intent": "cancel"}),
    ("cancel that", {"intent": "cancel"}),
    ("never mind", {"intent": "cancel"}),
    ("nevermind", {"intent": "cancel"}),
    ("forget it", {"intent": "cancel"}),
    ("no, don't", {"intent": "cancel"}),
    ("don't add that", {"intent": "cancel"}),
    ("discard that", {"intent": "cancel"}),
    ("help", {"intent": "help"}),
    ("what can you do?", {"intent": "help"}),
]

OUT_OF_SCOPE = [
    "how do I reset my card PIN",
    "my card was declined",
    "my card was declined at the store yesterday for 40 dollars",
    "I think I lost my debit card",
    "someone stole my card and bought 500 euros of stuff",
    "why was I billed twice for one purchase",
    "how long does a transfer take",
    "I transferred 200 and it didn't arrive",
    "can you cancel my transfer",
    "what's the euro exchange rate today",
    "please look up my credit score",
    "where can I top up my account",
    "please send me a replacement card",
    "put eggs on my shopping list",
    "reserve a table for six at 9 pm",
    "what is 340 x 12",
    "720 divided by 9",
    "what time is it",
    "tell me a joke",
    "who won the game last night",
    "can I pay with a cheque",
    "there is a payment I don't recognise",
    "why is my payment showing as pending",
    "set my pin to 1234",
    "i need to transfer my old 401k",
    "why did my top up fail",
    "how do I get a refund for 30 euros",
    "what is my bank's routing number",
    "is there a fee for international transfers",
    "what apr am I paying on my card",
    "hello",
    "thanks!",
    "",
]
