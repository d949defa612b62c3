<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
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
        <translation>Dòng &amp;lệnh</translation>
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
        <source>Always file {merchant} there…</source>
        <translation>Luôn xếp {merchant} vào đây…</translation>
    </message>
    <message>
        <source>Settings saved; they apply from the next start.</source>
        <translation>Đã lưu cài đặt; thay đổi có hiệu lực từ lần khởi động sau.</translation>
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
</TS>
