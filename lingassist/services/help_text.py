"""What the assistant says it can do (kept apart so the window shows it without loading
the assistant)."""

HELP = (
    "You can say or type things like:\n"
    "• “I spent 12.50 at Blue Bottle this morning”\n"
    "• “How much did I spend on groceries last month?”\n"
    "• “Show my last 10 transactions” · “What's my balance?”\n"
    "• “Set a 200 euro budget for restaurants” · “How are my budgets?”\n"
    "• “Put Uber under transport” · “Move 200 from savings to checking”\n"
    "• “Undo”"
)
