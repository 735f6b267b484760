# Writes annexes made up for measuring annex on content it was not tuned on
# (plans in the style of provincial plans, no corpus annex's text) as
# annex/v1 JSON: NAME.json, what render.py prints, and NAME.expected.json,
# the answer. Usage: python3 plans.py (in this folder).
import json
def T(n, content, lead, coord, prod, time, subs=()):
    d = {"kind": "task", "number": n, "content": content, "lead": lead, "coordinating": coord,
         "deliverable": prod, "timeframe": time}
    if subs: d["items"] = [T(*s) for s in subs]
    return d
def S(n, title, *tasks):
    return {"kind": "section", "number": n, "title": title, "items": list(tasks)}
def plan(appendix, title, subtitle, headers, widths, items,
         keys=("number", "content", "lead", "coordinating", "deliverable", "timeframe")):
    return {"schema": "annex/v1", "appendix": appendix, "title": title, "subtitle": subtitle,
            "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(keys, headers, widths)],
            "items": items}

A = plan("01", "DANH MỤC NHIỆM VỤ THỰC HIỆN CHUYỂN ĐỔI SỐ, PHÁT TRIỂN CHÍNH QUYỀN SỐ TỈNH NĂM 2026",
 "(Kèm theo Kế hoạch số 215/KH-UBND ngày 12/12/2025 của Ủy ban nhân dân tỉnh)",
 ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Sản phẩm", "Thời gian hoàn thành"],
 [0.05, 0.36, 0.15, 0.17, 0.15, 0.12], [
 S("I", "Hoàn thiện thể chế, nâng cao nhận thức về chuyển đổi số",
   T("1", "Rà soát, sửa đổi, bổ sung các quy chế quản lý, vận hành, khai thác các hệ thống thông tin dùng chung của tỉnh phù hợp với quy định mới của Chính phủ về quản lý, kết nối và chia sẻ dữ liệu số", "Sở Khoa học và Công nghệ", "Văn phòng Ủy ban nhân dân tỉnh; Sở Tư pháp", "Quyết định của Ủy ban nhân dân tỉnh", "Quý II/2026"),
   T("2", "Tổ chức tuyên truyền, phổ biến kỹ năng số cơ bản cho người dân thông qua mô hình Tổ công nghệ số cộng đồng, nền tảng học trực tuyến mở đại trà", "Ủy ban nhân dân các xã, phường", "Sở Khoa học và Công nghệ; Tỉnh Đoàn", "Số người dân được phổ biến kỹ năng số", "Thường xuyên"),
   T("3", "Bồi dưỡng, tập huấn kiến thức, kỹ năng chuyển đổi số cho cán bộ, công chức, viên chức các cơ quan nhà nước", "Sở Nội vụ", "", "Các lớp bồi dưỡng được tổ chức", "Hằng năm")),
 S("II", "Phát triển hạ tầng số và nền tảng số",
   T("1", "Nâng cấp Trung tâm dữ liệu của tỉnh bảo đảm an toàn thông tin cấp độ 3; triển khai hạ tầng điện toán đám mây phục vụ các cơ quan nhà nước", "Sở Khoa học và Công nghệ", "Công an tỉnh; Sở Tài chính; các doanh nghiệp viễn thông", "Trung tâm dữ liệu được nâng cấp", "Năm 2026"),
   T("2", "Phủ sóng di động 4G, 5G đến các thôn, bản vùng sâu, vùng xa, khu vực biên giới; xóa các vùng lõm sóng", "Các doanh nghiệp viễn thông trên địa bàn tỉnh", "Sở Khoa học và Công nghệ; Ủy ban nhân dân các xã", "Tỷ lệ thôn, bản có sóng di động băng rộng", "2026 - 2027"),
   T("3", "Triển khai nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP) kết nối với Nền tảng tích hợp, chia sẻ dữ liệu quốc gia", "Sở Khoa học và Công nghệ", "Các sở, ban, ngành", "Nền tảng được kết nối, vận hành", "Tháng 9/2026", [
     ("a", "Kết nối, chia sẻ dữ liệu dân cư phục vụ giải quyết thủ tục hành chính", "Công an tỉnh", "Sở Khoa học và Công nghệ", "Dữ liệu được kết nối", "Quý III/2026"),
     ("b", "Kết nối cơ sở dữ liệu đất đai với hệ thống thông tin giải quyết thủ tục hành chính của tỉnh", "Sở Nông nghiệp và Môi trường", "Văn phòng Ủy ban nhân dân tỉnh", "Dữ liệu đất đai được chia sẻ", "Quý IV/2026")])),
 S("III", "Phát triển chính quyền số, nâng cao chất lượng phục vụ người dân và doanh nghiệp",
   T("1", "Cung cấp dịch vụ công trực tuyến toàn trình đối với các thủ tục hành chính đủ điều kiện; tích hợp, công khai trên Cổng Dịch vụ công quốc gia", "Văn phòng Ủy ban nhân dân tỉnh", "Các sở, ban, ngành; Ủy ban nhân dân các xã, phường", "Tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 80%", "Thường xuyên"),
   T("2", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực; tái sử dụng dữ liệu đã được số hóa, không yêu cầu người dân cung cấp lại giấy tờ", "Các sở, ban, ngành; Ủy ban nhân dân các xã, phường", "Văn phòng Ủy ban nhân dân tỉnh", "Kho dữ liệu số hóa", "Trước ngày 31/12/2026"),
   T("3", "Triển khai hệ thống quản lý văn bản và điều hành liên thông bốn cấp; ký số trên thiết bị di động", "Văn phòng Ủy ban nhân dân tỉnh", "Sở Khoa học và Công nghệ; Ban Cơ yếu Chính phủ", "Văn bản điện tử được ký số, gửi nhận trên hệ thống", "Quý I/2026"),
   T("4", "Xây dựng Hệ thống thông tin báo cáo của tỉnh, kết nối với Hệ thống thông tin báo cáo Chính phủ, phục vụ chỉ đạo, điều hành dựa trên dữ liệu", "Văn phòng Ủy ban nhân dân tỉnh", "Sở Tài chính; Cục Thống kê tỉnh", "Hệ thống được đưa vào vận hành", "Tháng 6/2026")),
 S("IV", "Phát triển kinh tế số, xã hội số",
   T("1", "Hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số theo Chương trình hỗ trợ doanh nghiệp chuyển đổi số giai đoạn 2026 - 2030; đưa các sản phẩm OCOP lên sàn thương mại điện tử", "Sở Công Thương", "Hiệp hội Doanh nghiệp tỉnh; Ủy ban nhân dân các xã, phường", "Số doanh nghiệp, hộ kinh doanh được hỗ trợ", "2026 - 2030"),
   T("2", "Thúc đẩy thanh toán không dùng tiền mặt trong thu học phí, viện phí, tiền điện, nước và các dịch vụ công", "Ngân hàng Nhà nước chi nhánh Khu vực", "Sở Giáo dục và Đào tạo; Sở Y tế; các tổ chức tín dụng", "Báo cáo kết quả thực hiện", "Hằng năm"),
   T("3", "Triển khai bệnh án điện tử tại các bệnh viện tuyến tỉnh; sử dụng căn cước công dân gắn chip trong khám, chữa bệnh bảo hiểm y tế", "Sở Y tế", "Bảo hiểm xã hội tỉnh; Công an tỉnh", "100% bệnh viện tuyến tỉnh triển khai bệnh án điện tử", "Quý IV/2026"),
   T("4", "Xây dựng kho học liệu số dùng chung; triển khai học bạ số ở các cấp học phổ thông", "Sở Giáo dục và Đào tạo", "", "Kho học liệu số; học bạ số", "Năm học 2026 - 2027")),
 S("V", "Bảo đảm an toàn, an ninh mạng",
   T("1", "Triển khai mô hình bảo vệ 4 lớp cho các hệ thống thông tin của tỉnh; kiểm tra, đánh giá an toàn thông tin định kỳ", "Công an tỉnh", "Sở Khoa học và Công nghệ; Bộ Chỉ huy Quân sự tỉnh", "Báo cáo đánh giá an toàn thông tin", "Thường xuyên"),
   T("2", "Tổ chức diễn tập thực chiến ứng cứu sự cố an toàn thông tin mạng", "Sở Khoa học và Công nghệ", "Công an tỉnh; các doanh nghiệp viễn thông", "Kịch bản, báo cáo kết quả diễn tập", "Tháng 10/2026"))])

B = plan("II", "NHIỆM VỤ TRỌNG TÂM PHÒNG, CHỐNG THIÊN TAI VÀ TÌM KIẾM CỨU NẠN GIAI ĐOẠN 2026 - 2030",
 "(Ban hành kèm theo Quyết định số      /QĐ-UBND ngày     /    /2026 của Chủ tịch UBND tỉnh)",
 ["TT", "Nhiệm vụ, giải pháp", "Đơn vị chủ trì", "Đơn vị phối hợp", "Kết quả dự kiến", "Thời gian thực hiện"],
 [0.045, 0.34, 0.16, 0.18, 0.15, 0.125], [
 S("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH",
   T("1", "Kiện toàn Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn các cấp; phân công nhiệm vụ cụ thể cho từng thành viên", "Sở Nông nghiệp và Môi trường", "Bộ Chỉ huy Quân sự tỉnh; Ủy ban nhân dân các xã, phường", "Quyết định kiện toàn", "Quý I hằng năm"),
   T("2", "Xây dựng, cập nhật phương án ứng phó thiên tai theo các cấp độ rủi ro; phương án sơ tán dân khi có bão mạnh, siêu bão", "Ủy ban nhân dân các xã, phường", "Các thành viên Ban Chỉ huy", "Phương án được phê duyệt", "Trước ngày 30/4 hằng năm"),
   T("3", "Tổng kết, đánh giá công tác phòng, chống thiên tai năm trước; triển khai nhiệm vụ năm sau", "Sở Nông nghiệp và Môi trường", "", "Báo cáo tổng kết", "Tháng 1 hằng năm")),
 S("II", "NÂNG CAO NĂNG LỰC DỰ BÁO, CẢNH BÁO",
   T("4", "Đầu tư bổ sung trạm đo mưa tự động, trạm quan trắc mực nước tại các lưu vực sông có nguy cơ lũ quét, sạt lở đất", "Sở Nông nghiệp và Môi trường", "Đài Khí tượng thủy văn tỉnh; Sở Tài chính", "30 trạm đo được lắp đặt", "2026 - 2028"),
   T("5", "Xây dựng bản đồ phân vùng rủi ro thiên tai, bản đồ cảnh báo ngập lụt hạ du các hồ chứa", "Sở Nông nghiệp và Môi trường", "Sở Xây dựng; Ủy ban nhân dân các xã có hồ chứa", "Bản đồ phân vùng rủi ro", "Năm 2027"),
   T("6", "Lắp đặt hệ thống loa cảnh báo, cột đo độ sâu ngập tại các ngầm, tràn, khu vực thường xuyên bị ngập sâu", "Ủy ban nhân dân các xã, phường", "Sở Xây dựng", "Hệ thống cảnh báo được lắp đặt", "Trước mùa mưa bão hằng năm")),
 S("III", "CÔNG TRÌNH PHÒNG, CHỐNG THIÊN TAI",
   T("7", "Rà soát, đánh giá an toàn các hồ chứa nước, đê điều, kè chống sạt lở; sửa chữa, nâng cấp các công trình xung yếu", "Sở Nông nghiệp và Môi trường", "Công ty TNHH MTV Khai thác công trình thủy lợi tỉnh; Ủy ban nhân dân các xã", "Báo cáo đánh giá an toàn; công trình được sửa chữa", "Hằng năm"),
   T("8", "Di dời, bố trí dân cư ra khỏi khu vực có nguy cơ cao xảy ra lũ quét, sạt lở đất", "Ủy ban nhân dân các xã, phường", "Sở Nông nghiệp và Môi trường; Sở Tài chính", "Số hộ dân được di dời", "2026 - 2030"),
   T("9", "Xây dựng nhà ở an toàn, nhà kết hợp làm nơi tránh trú bão, lũ tại các trường học, trạm y tế", "Sở Xây dựng", "Sở Giáo dục và Đào tạo; Sở Y tế", "Công trình được đưa vào sử dụng", "2026 - 2030")),
 S("IV", "TÌM KIẾM CỨU NẠN VÀ KHẮC PHỤC HẬU QUẢ",
   T("10", "Huấn luyện, diễn tập phương án tìm kiếm cứu nạn, cứu hộ trên sông, trên biển và sạt lở đất cho lực lượng xung kích cơ sở", "Bộ Chỉ huy Quân sự tỉnh", "Công an tỉnh; Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Các cuộc diễn tập được tổ chức", "Hằng năm"),
   T("11", "Mua sắm, bổ sung trang thiết bị, phương tiện tìm kiếm cứu nạn: xuồng cứu hộ, phao cứu sinh, máy phát điện, thiết bị thông tin liên lạc", "Sở Tài chính", "Bộ Chỉ huy Quân sự tỉnh; Công an tỉnh", "Trang thiết bị được cấp", "Quý II/2026"),
   T("12", "Hỗ trợ khẩn cấp lương thực, nước sạch, thuốc men cho người dân bị ảnh hưởng; khôi phục sản xuất sau thiên tai", "Ủy ban nhân dân các xã, phường", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh; Hội Chữ thập đỏ tỉnh", "Người dân bị ảnh hưởng được hỗ trợ kịp thời", "Khi có thiên tai xảy ra"),
   T("13", "Thống kê, đánh giá thiệt hại do thiên tai gây ra; báo cáo Ban Chỉ đạo quốc gia về phòng, chống thiên tai theo quy định", "Sở Nông nghiệp và Môi trường", "Cục Thống kê tỉnh", "Báo cáo thiệt hại", "Sau mỗi đợt thiên tai")),
 S("V", "TRUYỀN THÔNG, NÂNG CAO NHẬN THỨC CỘNG ĐỒNG",
   T("14", "Tuyên truyền kiến thức, kỹ năng phòng, tránh thiên tai trên các phương tiện thông tin đại chúng, mạng xã hội và hệ thống thông tin cơ sở", "Báo và Phát thanh, Truyền hình tỉnh", "Sở Văn hóa, Thể thao và Du lịch; Ủy ban nhân dân các xã", "Tin, bài, phóng sự", "Thường xuyên"),
   T("15", "Đưa nội dung giáo dục phòng, chống thiên tai vào hoạt động ngoại khóa trong các trường học", "Sở Giáo dục và Đào tạo", "", "Tài liệu hướng dẫn", "Năm học 2026 - 2027"))])


# The third annex prints its time before its product, and its tasks are
# written in that order.
def TD(n, content, lead, coord, time, prod, subs=()):
    return T(n, content, lead, coord, prod, time, [(s[0], s[1], s[2], s[3], s[5], s[4]) for s in subs])

D = plan("", "DANH MỤC NHIỆM VỤ TRIỂN KHAI NGHỊ QUYẾT VỀ PHÁT TRIỂN DU LỊCH TRỞ THÀNH NGÀNH KINH TẾ MŨI NHỌN",
 "(Kèm theo Kế hoạch số 47/KH-UBND ngày 05/3/2026 của Ủy ban nhân dân tỉnh)",
 ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Sản phẩm"],
 [0.05, 0.38, 0.16, 0.17, 0.11, 0.13], [
 S("I", "Quy hoạch, cơ chế, chính sách",
   TD("1", "Rà soát, điều chỉnh quy hoạch các khu, điểm du lịch trọng điểm phù hợp với Quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050", "Sở Văn hóa, Thể thao và Du lịch", "Sở Xây dựng; Sở Nông nghiệp và Môi trường; Ủy ban nhân dân các xã có điểm du lịch", "Năm 2026", "Quyết định phê duyệt điều chỉnh quy hoạch"),
   TD("2", "Xây dựng chính sách hỗ trợ phát triển du lịch cộng đồng, du lịch nông nghiệp gắn với Chương trình mỗi xã một sản phẩm", "Sở Văn hóa, Thể thao và Du lịch", "Sở Tài chính; Sở Tư pháp", "Quý III/2026", "Nghị quyết của Hội đồng nhân dân tỉnh"),
   TD("3", "Ban hành quy định quản lý hoạt động kinh doanh dịch vụ du lịch tại các bãi biển, khu danh thắng", "Ủy ban nhân dân tỉnh", "Các sở, ngành liên quan", "Tháng 12/2026", "Quyết định quy phạm pháp luật")),
 S("II", "Phát triển sản phẩm và thị trường du lịch",
   TD("1", "Phát triển các sản phẩm du lịch đặc thù: du lịch biển, đảo; du lịch sinh thái rừng; du lịch văn hóa tâm linh; du lịch ẩm thực. Mỗi năm hình thành ít nhất 02 sản phẩm du lịch mới", "Sở Văn hóa, Thể thao và Du lịch", "Hiệp hội Du lịch tỉnh; các doanh nghiệp lữ hành", "Hằng năm", "Sản phẩm du lịch mới được công bố"),
   TD("2", "Tổ chức các sự kiện văn hóa, thể thao, lễ hội gắn với quảng bá du lịch", "Sở Văn hóa, Thể thao và Du lịch", "Ủy ban nhân dân các xã, phường", "Theo kế hoạch hằng năm", "Sự kiện được tổ chức", [
     ("a", "Tuần lễ Văn hóa - Du lịch biển", "Ủy ban nhân dân các phường ven biển", "Sở Văn hóa, Thể thao và Du lịch", "Tháng 6 hằng năm", "Chương trình sự kiện"),
     ("b", "Giải chạy marathon qua các di tích lịch sử", "Sở Văn hóa, Thể thao và Du lịch", "Công an tỉnh; Sở Y tế", "Quý IV hằng năm", "Giải chạy được tổ chức"),
     ("c", "Liên hoan ẩm thực đặc sản vùng miền", "Hiệp hội Du lịch tỉnh", "", "Năm 2027", "Liên hoan được tổ chức")]),
   TD("3", "Xúc tiến, quảng bá du lịch tại các thị trường trọng điểm trong nước và quốc tế; tham gia các hội chợ du lịch quốc tế", "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch", "Sở Ngoại vụ; các doanh nghiệp lữ hành", "2026 - 2030", "Số đoàn xúc tiến, số hội chợ tham gia")),
 S("III", "Kết cấu hạ tầng và nguồn nhân lực",
   TD("1", "Đầu tư nâng cấp các tuyến đường kết nối đến khu du lịch trọng điểm, bến du thuyền, bãi đỗ xe", "Sở Xây dựng", "Sở Tài chính; Ủy ban nhân dân các xã, phường", "2026 - 2028", "Các tuyến đường được đưa vào khai thác"),
   TD("2", "Xây dựng hệ thống nhà vệ sinh công cộng đạt chuẩn, biển chỉ dẫn song ngữ tại các điểm du lịch", "Ủy ban nhân dân các xã, phường", "Sở Văn hóa, Thể thao và Du lịch", "Năm 2026", "Nhà vệ sinh, biển chỉ dẫn được lắp đặt"),
   TD("3", "Đào tạo, bồi dưỡng kỹ năng nghề du lịch, ngoại ngữ cho lao động trong các cơ sở lưu trú, nhà hàng, hướng dẫn viên", "Trường Cao đẳng Du lịch", "Sở Văn hóa, Thể thao và Du lịch; Hiệp hội Du lịch tỉnh", "Hằng năm", "Số lao động được đào tạo"),
   TD("4", "Xây dựng cơ sở dữ liệu du lịch số, bản đồ du lịch thông minh, ứng dụng du lịch trên thiết bị di động", "Sở Văn hóa, Thể thao và Du lịch", "Sở Khoa học và Công nghệ", "Quý II/2027", "Ứng dụng du lịch thông minh")),
 S("IV", "Quản lý nhà nước và bảo vệ môi trường du lịch",
   TD("1", "Kiểm tra, xử lý vi phạm trong hoạt động kinh doanh du lịch, bảo đảm an ninh, an toàn cho du khách; xử lý nghiêm tình trạng chèo kéo, nâng giá", "Đoàn kiểm tra liên ngành", "Công an tỉnh; Sở Công Thương; Ủy ban nhân dân các xã, phường", "Thường xuyên", "Báo cáo kết quả kiểm tra"),
   TD("2", "Thu gom, xử lý rác thải tại các bãi biển, khu, điểm du lịch; hạn chế sử dụng đồ nhựa dùng một lần", "Ủy ban nhân dân các xã, phường", "Sở Nông nghiệp và Môi trường; Tỉnh Đoàn", "Thường xuyên", "Bãi biển, điểm du lịch xanh - sạch - đẹp"),
   TD("3", "Sơ kết 03 năm, tổng kết việc thực hiện Nghị quyết; đề xuất khen thưởng các tập thể, cá nhân có thành tích xuất sắc", "Sở Văn hóa, Thể thao và Du lịch", "Sở Nội vụ", "Năm 2028, năm 2030", "Báo cáo sơ kết, tổng kết"))],
 keys=("number", "content", "lead", "coordinating", "timeframe", "deliverable"))

# The fourth names its columns otherwise ("Tên nhiệm vụ", "Đơn vị thực
# hiện", "Kết quả đầu ra", "Thời hạn hoàn thành").
E = {"schema": "annex/v1", "appendix": "III", "title": "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC NĂM 2026",
 "subtitle": "(Ban hành kèm theo Quyết định số 1024/QĐ-UBND ngày 25/12/2025 của Chủ tịch Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "deliverable", "timeframe"),
   ["STT", "Tên nhiệm vụ", "Đơn vị thực hiện", "Đơn vị phối hợp", "Kết quả đầu ra", "Thời hạn hoàn thành"],
   [0.05, 0.37, 0.15, 0.16, 0.15, 0.12])],
 "items": [
 S("I", "CẢI CÁCH THỂ CHẾ",
   T("1", "Xây dựng, ban hành văn bản quy phạm pháp luật của tỉnh thuộc thẩm quyền được giao trong các luật, nghị quyết của Quốc hội có hiệu lực từ năm 2026", "Các sở, ban, ngành", "Sở Tư pháp; Văn phòng Ủy ban nhân dân tỉnh", "Văn bản quy phạm pháp luật được ban hành đúng thời hạn", "Theo chương trình xây dựng văn bản"),
   T("2", "Rà soát, hệ thống hóa văn bản quy phạm pháp luật; kịp thời sửa đổi, bổ sung, thay thế hoặc bãi bỏ văn bản không còn phù hợp sau khi sắp xếp đơn vị hành chính", "Sở Tư pháp", "Các sở, ban, ngành; Ủy ban nhân dân cấp xã", "Báo cáo kết quả rà soát", "Quý IV/2026"),
   T("3", "Kiểm tra, theo dõi tình hình thi hành pháp luật trong lĩnh vực đất đai, xây dựng, đầu tư công", "Sở Tư pháp", "Sở Nông nghiệp và Môi trường; Sở Xây dựng; Sở Tài chính", "Kế hoạch; Báo cáo kết quả kiểm tra", "Tháng 11/2026")),
 S("II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
   T("1", "Rà soát, đơn giản hóa thủ tục hành chính, cắt giảm ít nhất 30% thời gian giải quyết và chi phí tuân thủ thủ tục hành chính liên quan đến hoạt động sản xuất, kinh doanh", "Văn phòng Ủy ban nhân dân tỉnh", "Các sở, ban, ngành", "Quyết định phê duyệt phương án đơn giản hóa", "Quý III/2026"),
   T("2", "Công bố, công khai danh mục thủ tục hành chính và quy trình nội bộ giải quyết thủ tục hành chính", "Các sở, ban, ngành", "Văn phòng Ủy ban nhân dân tỉnh", "Quyết định công bố", "Thường xuyên", [
     ("a", "Thủ tục hành chính thuộc thẩm quyền giải quyết của cấp tỉnh", "Các sở, ban, ngành", "", "Quyết định công bố", "Trong vòng 05 ngày làm việc kể từ ngày văn bản có hiệu lực"),
     ("b", "Thủ tục hành chính thuộc thẩm quyền giải quyết của cấp xã", "Ủy ban nhân dân cấp xã", "Các sở quản lý ngành, lĩnh vực", "Danh mục được niêm yết", "Thường xuyên")]),
   T("3", "Nâng cao chất lượng hoạt động của Trung tâm Phục vụ hành chính công tỉnh và bộ phận một cửa cấp xã; đánh giá mức độ hài lòng của người dân", "Trung tâm Phục vụ hành chính công tỉnh", "Ủy ban nhân dân cấp xã", "Chỉ số hài lòng đạt trên 90%", "Năm 2026")),
 S("III", "CẢI CÁCH TỔ CHỨC BỘ MÁY",
   T("1", "Tiếp tục sắp xếp, kiện toàn tổ chức bộ máy bên trong các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh theo hướng tinh gọn, hoạt động hiệu lực, hiệu quả", "Sở Nội vụ", "Các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh", "Quyết định quy định chức năng, nhiệm vụ", "Quý II/2026"),
   T("2", "Sắp xếp lại các đơn vị sự nghiệp công lập; đẩy mạnh giao quyền tự chủ về tài chính", "Sở Nội vụ", "Sở Tài chính; Sở Y tế; Sở Giáo dục và Đào tạo", "Đề án sắp xếp được phê duyệt", "Năm 2026"),
   T("3", "Quản lý, sử dụng biên chế công chức, số lượng người làm việc bảo đảm đúng quy định", "Sở Nội vụ", "", "Báo cáo tình hình sử dụng biên chế", "Tháng 12/2026")),
 S("IV", "XÂY DỰNG ĐỘI NGŨ CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC",
   T("1", "Xây dựng, hoàn thiện bản mô tả công việc và khung năng lực vị trí việc làm của từng cơ quan, đơn vị", "Các cơ quan, đơn vị", "Sở Nội vụ", "Đề án vị trí việc làm", "Quý I/2026"),
   T("2", "Tổ chức thi tuyển, xét tuyển công chức, viên chức theo hướng cạnh tranh, công khai, minh bạch", "Sở Nội vụ", "Hội đồng tuyển dụng các cấp", "Kết quả tuyển dụng", "Theo kế hoạch tuyển dụng"),
   T("3", "Thực hiện nghiêm kỷ luật, kỷ cương hành chính; kiểm tra công vụ đột xuất tại các cơ quan, đơn vị có nhiều phản ánh, kiến nghị", "Sở Nội vụ", "Thanh tra tỉnh; Văn phòng Ủy ban nhân dân tỉnh", "Thông báo kết luận kiểm tra", "Thường xuyên")),
 S("V", "CẢI CÁCH TÀI CHÍNH CÔNG",
   T("1", "Đẩy nhanh tiến độ giải ngân vốn đầu tư công; kiểm soát chặt chẽ các khoản chi ngân sách nhà nước", "Sở Tài chính", "Kho bạc Nhà nước khu vực; các chủ đầu tư", "Tỷ lệ giải ngân đạt trên 95% kế hoạch vốn", "Trước ngày 31/01/2027"),
   T("2", "Triển khai thực hiện cơ chế tự chủ tài chính đối với đơn vị sự nghiệp công lập theo Nghị định số 60/2021/NĐ-CP", "Sở Tài chính", "Các đơn vị sự nghiệp công lập", "Phương án tự chủ được phê duyệt", "2026 - 2027")),
 S("VI", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH VÀ TUYÊN TRUYỀN",
   T("1", "Xác định, công bố Chỉ số cải cách hành chính của các sở, ban, ngành và Ủy ban nhân dân cấp xã năm 2025", "Sở Nội vụ", "Hội đồng thẩm định Chỉ số cải cách hành chính tỉnh", "Quyết định công bố Chỉ số", "Quý II/2026"),
   T("2", "Tuyên truyền về cải cách hành chính trên Cổng Thông tin điện tử tỉnh, Báo và Phát thanh, Truyền hình tỉnh", "Sở Nội vụ", "Báo và Phát thanh, Truyền hình tỉnh; các cơ quan, đơn vị", "Chuyên mục, tin, bài", "Hằng tháng"))]}

# The fifth has a notes column ("Ghi chú") after the time, seven columns in
# all; the sixth, a school's plan, has no product column, short capitalised
# headers ("TT", "CHỦ TRÌ", "THỜI GIAN") and terms for times ("Học kỳ I").
def TN(n, content, lead, coord, prod, time, note="", subs=()):
    d = T(n, content, lead, coord, prod, time)
    d["note"] = note
    if subs: d["items"] = [TN(*s) for s in subs]
    return d
def TG(n, content, lead, coord, time, subs=()):
    d = {"kind": "task", "number": n, "content": content, "lead": lead, "coordinating": coord, "timeframe": time}
    if subs: d["items"] = [TG(*s) for s in subs]
    return d
H = {"schema": "annex/v1", "appendix": "01", "title": "DANH MỤC NHIỆM VỤ THỰC HIỆN CHƯƠNG TRÌNH CHĂM SÓC, BẢO VỆ VÀ NÂNG CAO SỨC KHỎE NHÂN DÂN GIAI ĐOẠN 2026 - 2030",
 "subtitle": "(Kèm theo Kế hoạch số 215/KH-UBND ngày 12/01/2026 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "deliverable", "timeframe", "note"),
   ["STT", "Nhiệm vụ, giải pháp", "Cơ quan chủ trì", "Cơ quan phối hợp", "Sản phẩm đầu ra", "Thời gian hoàn thành", "Ghi chú"],
   [0.05, 0.33, 0.13, 0.16, 0.15, 0.10, 0.08])],
 "items": [
 S("I", "NÂNG CAO NĂNG LỰC Y TẾ CƠ SỞ",
   TN("1", "Đầu tư cơ sở vật chất, trang thiết bị cho trạm y tế xã bảo đảm đạt chuẩn theo Bộ tiêu chí quốc gia về y tế xã", "Sở Y tế", "Sở Tài chính; Ủy ban nhân dân các xã, phường", "Trạm y tế được đầu tư, nâng cấp", "2026 - 2028", "Vốn đầu tư công"),
   TN("2", "Bố trí đủ bác sĩ làm việc tại trạm y tế xã; thực hiện luân phiên có thời hạn người hành nghề từ bệnh viện tuyến tỉnh về tuyến xã", "Sở Y tế", "Sở Nội vụ", "Quyết định điều động, luân phiên cán bộ", "Hằng năm"),
   TN("3", "Triển khai quản lý sức khỏe người dân bằng hồ sơ sức khỏe điện tử, kết nối liên thông với các cơ sở khám bệnh, chữa bệnh", "Trung tâm Kiểm soát bệnh tật tỉnh", "Các bệnh viện; Trạm y tế xã, phường", "Tỷ lệ người dân có hồ sơ sức khỏe điện tử đạt 95%", "Quý IV/2027", "", [
     ("a", "Cập nhật thông tin hồ sơ sức khỏe của người dân trên địa bàn", "Trạm y tế xã, phường", "Công an xã, phường", "Dữ liệu được cập nhật", "Thường xuyên"),
     ("b", "Kết nối hồ sơ sức khỏe điện tử với ứng dụng định danh điện tử", "Sở Y tế", "Công an tỉnh; Viễn thông tỉnh", "Hệ thống được kết nối", "Năm 2026")])),
 S("II", "PHÒNG, CHỐNG DỊCH BỆNH VÀ NÂNG CAO SỨC KHỎE",
   TN("1", "Giám sát chặt chẽ, phát hiện sớm và xử lý kịp thời các ổ dịch; không để dịch bệnh bùng phát, lan rộng", "Sở Y tế", "Các sở, ngành; Ủy ban nhân dân cấp xã", "Báo cáo tình hình dịch bệnh", "Hằng tuần"),
   TN("2", "Duy trì tỷ lệ tiêm chủng đầy đủ cho trẻ em dưới 1 tuổi đạt trên 95%; tổ chức tiêm vắc xin phòng bệnh cho người cao tuổi", "Trung tâm Kiểm soát bệnh tật tỉnh", "Trạm y tế xã, phường; Hội Liên hiệp Phụ nữ tỉnh", "Tỷ lệ tiêm chủng đạt chỉ tiêu", "Hằng năm", "Theo chỉ tiêu Trung ương giao"),
   TN("3", "Truyền thông nâng cao nhận thức về phòng, chống bệnh không lây nhiễm: tăng huyết áp, đái tháo đường, ung thư; khuyến khích vận động thể lực", "Trung tâm Kiểm soát bệnh tật tỉnh", "Báo và Phát thanh, Truyền hình tỉnh; Sở Văn hóa, Thể thao và Du lịch", "Tin, bài, phóng sự; tài liệu truyền thông", "Thường xuyên"),
   TN("4", "Kiểm tra an toàn thực phẩm tại các bếp ăn tập thể, cơ sở sản xuất, kinh doanh thực phẩm trong dịp Tết Nguyên đán và Tháng hành động vì an toàn thực phẩm", "Sở Y tế", "Sở Công thương; Sở Nông nghiệp và Môi trường; Công an tỉnh", "Kế hoạch kiểm tra; báo cáo kết quả", "Quý I và Quý II hằng năm")),
 S("III", "PHÁT TRIỂN NGUỒN NHÂN LỰC Y TẾ",
   TN("1", "Đào tạo, bồi dưỡng chuyên môn cho nhân viên y tế tuyến xã về khám, chữa bệnh ban đầu và quản lý bệnh mạn tính", "Trường Cao đẳng Y tế", "Sở Y tế; các bệnh viện tuyến tỉnh", "Lớp đào tạo, bồi dưỡng; chứng chỉ", "2026 - 2030"),
   TN("2", "Xây dựng chính sách thu hút bác sĩ, dược sĩ có trình độ cao về công tác tại tỉnh", "Sở Y tế", "Sở Nội vụ; Sở Tài chính; Sở Tư pháp", "Nghị quyết của Hội đồng nhân dân tỉnh", "Tháng 6/2026", "Trình kỳ họp giữa năm"),
   TN("3", "Cử cán bộ đi đào tạo sau đại học, đào tạo chuyên sâu tại các bệnh viện tuyến trung ương", "Các bệnh viện tuyến tỉnh", "Sở Y tế", "Danh sách cán bộ được cử đi đào tạo", "Hằng năm")),
 S("IV", "ỨNG DỤNG CÔNG NGHỆ THÔNG TIN, CHUYỂN ĐỔI SỐ Y TẾ",
   TN("1", "Triển khai bệnh án điện tử tại 100% bệnh viện công lập trên địa bàn tỉnh", "Các bệnh viện công lập", "Sở Y tế; Sở Khoa học và Công nghệ", "Bệnh án điện tử được triển khai", "Trước ngày 30/9/2026"),
   TN("2", "Thanh toán không dùng tiền mặt đối với dịch vụ y tế; kết nối dữ liệu khám, chữa bệnh bảo hiểm y tế", "Sở Y tế", "Bảo hiểm xã hội tỉnh; các ngân hàng thương mại", "Tỷ lệ giao dịch không dùng tiền mặt", "Năm 2026"),
   TN("3", "Xây dựng cơ sở dữ liệu ngành y tế, bảo đảm an toàn, an ninh thông tin", "Sở Y tế", "Sở Khoa học và Công nghệ; Công an tỉnh", "Cơ sở dữ liệu ngành y tế", "2026 - 2027")),
 S("V", "TỔ CHỨC THỰC HIỆN",
   TN("1", "Sơ kết, đánh giá kết quả thực hiện Chương trình; đề xuất điều chỉnh chỉ tiêu phù hợp thực tế", "Sở Y tế", "Các sở, ban, ngành; Ủy ban nhân dân cấp xã", "Báo cáo sơ kết", "Quý IV/2028"),
   TN("2", "Tổng kết Chương trình giai đoạn 2026 - 2030", "Sở Y tế", "Các cơ quan, đơn vị liên quan", "Báo cáo tổng kết", "Quý IV/2030"))]}
K = {"schema": "annex/v1", "appendix": "", "title": "KẾ HOẠCH THỰC HIỆN NHIỆM VỤ NĂM HỌC 2026 - 2027 NGÀNH GIÁO DỤC VÀ ĐÀO TẠO",
 "subtitle": "(Ban hành kèm theo Quyết định số 1450/QĐ-SGDĐT ngày 20/8/2026 của Sở Giáo dục và Đào tạo)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(["number", "content", "lead", "coordinating", "timeframe"],
   ["TT", "NỘI DUNG CÔNG VIỆC", "CHỦ TRÌ", "PHỐI HỢP", "THỜI GIAN"],
   [0.06, 0.48, 0.16, 0.18, 0.12])],
 "items": [
 S("I", "Phát triển mạng lưới trường lớp",
   TG("1", "Rà soát, sắp xếp các cơ sở giáo dục mầm non, phổ thông bảo đảm phù hợp với quy hoạch và điều kiện thực tế của từng địa phương sau khi sắp xếp đơn vị hành chính", "Phòng Kế hoạch - Tài chính", "Ủy ban nhân dân các xã, phường", "Tháng 9/2026"),
   TG("2", "Đầu tư xây dựng phòng học, phòng bộ môn, nhà vệ sinh; mua sắm thiết bị dạy học tối thiểu theo chương trình giáo dục phổ thông", "Phòng Kế hoạch - Tài chính", "Sở Tài chính; Ủy ban nhân dân cấp xã", "Năm học 2026 - 2027")),
 S("II", "Nâng cao chất lượng giáo dục toàn diện",
   TG("1", "Thực hiện chương trình giáo dục phổ thông 2018 ở tất cả các lớp; đổi mới phương pháp dạy học và kiểm tra, đánh giá theo hướng phát triển phẩm chất, năng lực học sinh", "Phòng Giáo dục phổ thông", "Các trường trung học phổ thông", "Cả năm học"),
   TG("2", "Tổ chức kỳ thi chọn học sinh giỏi cấp tỉnh; tuyển chọn, bồi dưỡng đội tuyển dự thi học sinh giỏi quốc gia", "Phòng Khảo thí và Quản lý chất lượng", "Phòng Giáo dục phổ thông; các trường trung học phổ thông", "Tháng 10/2026 - tháng 01/2027"),
   TG("3", "Tổ chức kỳ thi tốt nghiệp trung học phổ thông năm 2027 an toàn, nghiêm túc, đúng quy chế", "Phòng Khảo thí và Quản lý chất lượng", "Công an tỉnh; Sở Y tế; Công ty Điện lực tỉnh", "Tháng 6/2027"),
   TG("4", "Dạy học ngoại ngữ, tin học; đưa tiếng Anh trở thành ngôn ngữ thứ hai trong trường học theo lộ trình", "Phòng Giáo dục phổ thông", "Các cơ sở giáo dục", "Năm học 2026 - 2027", [
     ("a", "Tăng cường giáo viên tiếng Anh cho các trường tiểu học vùng khó khăn", "Phòng Tổ chức cán bộ", "Các trường tiểu học", "Học kỳ I"),
     ("b", "Tổ chức sân chơi tiếng Anh, câu lạc bộ ngoại ngữ cho học sinh", "Các trường trung học", "Đoàn Thanh niên", "Học kỳ II")])),
 S("III", "Xây dựng đội ngũ nhà giáo và cán bộ quản lý",
   TG("1", "Rà soát, bổ sung giáo viên còn thiếu; tuyển dụng giáo viên theo chỉ tiêu biên chế được giao", "Phòng Tổ chức cán bộ", "Sở Nội vụ", "Tháng 7/2026 - tháng 9/2026"),
   TG("2", "Bồi dưỡng thường xuyên giáo viên, cán bộ quản lý cơ sở giáo dục; tập huấn chuyên môn đầu năm học", "Phòng Giáo dục phổ thông", "Trường Đại học; Trường Cao đẳng Sư phạm", "Hè 2026")),
 S("IV", "Công tác quản lý và kiểm tra",
   TG("1", "Kiểm tra việc thực hiện quy định về dạy thêm, học thêm; thu, chi đầu năm học tại các cơ sở giáo dục", "Thanh tra Sở", "Phòng Kế hoạch - Tài chính; Ủy ban nhân dân cấp xã", "Tháng 10/2026"),
   TG("2", "Báo cáo sơ kết học kỳ I và tổng kết năm học", "Văn phòng Sở", "Các phòng chuyên môn", "Tháng 01/2027 và tháng 6/2027"))]}

# The seventh lists documents to draft under a law ("Tên văn bản", "Cơ quan
# chủ trì soạn thảo", an extra column "Cấp ban hành", "Thời hạn trình"); the
# eighth is a plan in letter parts (A, B), each numbering its sections from
# I again, with a funding column.
def TX(n, content, lead, coord, extra_or_fund, time, key, subs=()):
    d = {"kind": "task", "number": n, "content": content, "lead": lead, "coordinating": coord}
    if key == "extra": d["timeframe"] = time; d["extra"] = {"Cấp ban hành": extra_or_fund}
    else: d["funding"] = extra_or_fund; d["timeframe"] = time
    if subs: d["items"] = [TX(*s, key) for s in subs]
    return d
def SK(n, title, *tasks, kind="section"): return {"kind": kind, "number": n, "title": title, "items": list(tasks)}
def X(*a, subs=()): return TX(*a, "extra", subs=subs)
def F(*a, subs=()): return TX(*a, "funding", subs=subs)
L = {"schema": "annex/v1", "appendix": "01", "title": "DANH MỤC VĂN BẢN QUY ĐỊNH CHI TIẾT THI HÀNH LUẬT ĐẤT ĐAI THUỘC THẨM QUYỀN CỦA TỈNH",
 "subtitle": "(Kèm theo Kế hoạch số 88/KH-UBND ngày 15/3/2026 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": "number", "header": "STT", "width": 0.05}, {"key": "content", "header": "Tên văn bản", "width": 0.36},
   {"key": "lead", "header": "Cơ quan chủ trì soạn thảo", "width": 0.16}, {"key": "coordinating", "header": "Cơ quan phối hợp", "width": 0.17},
   {"key": "extra", "header": "Cấp ban hành", "width": 0.11}, {"key": "timeframe", "header": "Thời hạn trình", "width": 0.15}],
 "items": [
 SK("I", "LĨNH VỰC ĐẤT ĐAI",
   X("1", "Quyết định quy định hạn mức giao đất, công nhận quyền sử dụng đất ở cho hộ gia đình, cá nhân trên địa bàn tỉnh", "Sở Nông nghiệp và Môi trường", "Sở Tư pháp; Sở Tài chính; Ủy ban nhân dân cấp xã", "Ủy ban nhân dân tỉnh", "Trước ngày 30/4/2026"),
   X("2", "Quyết định quy định điều kiện tách thửa, hợp thửa đất đối với từng loại đất", "Sở Nông nghiệp và Môi trường", "Sở Xây dựng; Sở Tư pháp", "Ủy ban nhân dân tỉnh", "Tháng 5/2026"),
   X("3", "Nghị quyết quy định tiêu chí quyết định thực hiện dự án lấn biển", "Sở Nông nghiệp và Môi trường", "Sở Kế hoạch và Đầu tư; Bộ Chỉ huy Quân sự tỉnh", "Hội đồng nhân dân tỉnh", "Kỳ họp thường lệ giữa năm 2026"),
   X("4", "Quyết định ban hành bảng giá đất áp dụng từ ngày 01/01/2027", "Sở Nông nghiệp và Môi trường", "Sở Tài chính; Hội đồng thẩm định bảng giá đất", "Ủy ban nhân dân tỉnh", "Trước ngày 31/12/2026", subs=[
     ("a", "Xây dựng dự thảo bảng giá đất, lấy ý kiến các cơ quan, tổ chức", "Sở Nông nghiệp và Môi trường", "Ủy ban nhân dân cấp xã", "", "Quý III/2026"),
     ("b", "Trình Hội đồng nhân dân tỉnh thông qua bảng giá đất", "Ủy ban nhân dân tỉnh", "", "Hội đồng nhân dân tỉnh", "Kỳ họp cuối năm 2026")])),
 SK("II", "LĨNH VỰC XÂY DỰNG, NHÀ Ở",
   X("1", "Quyết định quy định chi tiết một số nội dung về quản lý chất lượng, thi công xây dựng công trình", "Sở Xây dựng", "Các sở quản lý công trình xây dựng chuyên ngành", "Ủy ban nhân dân tỉnh", "Quý II/2026"),
   X("2", "Quyết định quy định về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất", "Sở Nông nghiệp và Môi trường", "Sở Xây dựng; Sở Tài chính; Sở Tư pháp; Thanh tra tỉnh", "Ủy ban nhân dân tỉnh", "Tháng 6/2026"),
   X("3", "Nghị quyết về chính sách hỗ trợ nhà ở xã hội cho người có thu nhập thấp tại khu vực đô thị", "Sở Xây dựng", "Sở Tài chính; Ngân hàng Chính sách xã hội chi nhánh tỉnh", "Hội đồng nhân dân tỉnh", "Năm 2026")),
 SK("III", "LĨNH VỰC TÀI CHÍNH",
   X("1", "Nghị quyết quy định mức thu, chế độ thu, nộp, quản lý lệ phí cấp giấy chứng nhận quyền sử dụng đất", "Sở Tài chính", "Sở Nông nghiệp và Môi trường; Cục Thuế tỉnh", "Hội đồng nhân dân tỉnh", "Kỳ họp thường lệ giữa năm 2026"),
   X("2", "Quyết định quy định hệ số điều chỉnh giá đất năm 2027", "Sở Tài chính", "Sở Nông nghiệp và Môi trường", "Ủy ban nhân dân tỉnh", "Tháng 01/2027"))]}
V = {"schema": "annex/v1", "appendix": "II", "title": "KẾ HOẠCH BẢO VỆ MÔI TRƯỜNG VÀ ỨNG PHÓ VỚI BIẾN ĐỔI KHÍ HẬU NĂM 2026",
 "subtitle": "(Ban hành kèm theo Quyết định số 310/QĐ-UBND ngày 02/02/2026 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": "number", "header": "TT", "width": 0.05}, {"key": "content", "header": "Nội dung công việc", "width": 0.38},
   {"key": "lead", "header": "Đơn vị thực hiện", "width": 0.15}, {"key": "coordinating", "header": "Đơn vị phối hợp", "width": 0.17},
   {"key": "funding", "header": "Nguồn kinh phí", "width": 0.12}, {"key": "timeframe", "header": "Thời gian", "width": 0.13}],
 "items": [
 SK("A", "NHIỆM VỤ THƯỜNG XUYÊN", SK("I", "Quản lý chất thải",
     F("1", "Thu gom, vận chuyển, xử lý chất thải rắn sinh hoạt tại các xã, phường; phân loại chất thải tại nguồn", "Ủy ban nhân dân cấp xã", "Sở Nông nghiệp và Môi trường; các doanh nghiệp vệ sinh môi trường", "Ngân sách cấp xã", "Thường xuyên"),
     F("2", "Kiểm tra việc thu gom, xử lý chất thải y tế nguy hại tại các cơ sở khám bệnh, chữa bệnh", "Sở Y tế", "Công an tỉnh (Phòng Cảnh sát môi trường)", "Ngân sách tỉnh", "Quý III/2026")),
   SK("II", "Quan trắc môi trường",
     F("1", "Quan trắc chất lượng môi trường không khí, nước mặt, nước dưới đất theo chương trình quan trắc của tỉnh", "Sở Nông nghiệp và Môi trường", "Ủy ban nhân dân cấp xã", "Sự nghiệp môi trường", "Hằng quý"),
     F("2", "Vận hành, duy trì các trạm quan trắc tự động, liên tục; truyền số liệu về hệ thống của Bộ Nông nghiệp và Môi trường", "Trung tâm Quan trắc tài nguyên và môi trường", "Các doanh nghiệp có trạm quan trắc", "Sự nghiệp môi trường; vốn doanh nghiệp", "Thường xuyên")), kind="part"),
 SK("B", "NHIỆM VỤ TRỌNG TÂM NĂM 2026", SK("I", "Ứng phó với biến đổi khí hậu",
     F("1", "Cập nhật kế hoạch hành động ứng phó với biến đổi khí hậu của tỉnh giai đoạn 2026 - 2030, tầm nhìn đến năm 2050", "Sở Nông nghiệp và Môi trường", "Các sở, ban, ngành; Ủy ban nhân dân cấp xã", "Ngân sách tỉnh", "Tháng 9/2026"),
     F("2", "Kiểm kê khí nhà kính đối với các cơ sở phát thải thuộc danh mục phải kiểm kê", "Các cơ sở phát thải khí nhà kính", "Sở Công Thương; Sở Xây dựng", "Vốn doanh nghiệp", "Trước ngày 31/3/2026")),
   SK("II", "Bảo tồn đa dạng sinh học",
     F("1", "Điều tra, đánh giá hiện trạng đa dạng sinh học tại khu bảo tồn thiên nhiên; đề xuất giải pháp bảo tồn", "Ban Quản lý khu bảo tồn thiên nhiên", "Sở Nông nghiệp và Môi trường; Trường Đại học Nông Lâm", "Ngân sách tỉnh; nguồn tài trợ", "Năm 2026"),
     F("2", "Tuyên truyền, nâng cao nhận thức cộng đồng về bảo vệ các loài hoang dã, nguy cấp, quý, hiếm", "Sở Nông nghiệp và Môi trường", "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh; Hội Liên hiệp Phụ nữ tỉnh", "Sự nghiệp môi trường", "Hằng năm")), kind="part")]}

# The ninth has an extra column of the head answerable ("Người đứng đầu chịu
# trách nhiệm") between content and lead, dotted subsections (I.1, I.2) with
# tasks numbered on through them and dotted tasks under a task (4.1); the
# tenth four columns, bullet paragraphs in a content cell and sub-items
# numbered "-".
def TE(n, content, lead, coord, time, extra=None, prod=None, subs=()):
    d = {"kind": "task", "number": n, "content": content}
    if extra is not None: d["extra"] = {"Người đứng đầu chịu trách nhiệm": extra}
    d["lead"] = lead
    if coord is not None: d["coordinating"] = coord
    if prod is not None: d["deliverable"] = prod
    d["timeframe"] = time
    if subs: d["items"] = subs
    return d
def TJ(n, content, extra, lead, coord, time, subs=()):
    return TE(n, content, lead, coord, time, extra=extra, subs=subs)
P9 = {"schema": "annex/v1", "appendix": "03", "title": "PHÂN CÔNG NHIỆM VỤ THỰC HIỆN NGHỊ QUYẾT VỀ PHÁT TRIỂN KINH TẾ TƯ NHÂN",
 "subtitle": "(Kèm theo Kế hoạch số 402/KH-UBND ngày 10/6/2026 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": "number", "header": "TT", "width": 0.05}, {"key": "content", "header": "Nhiệm vụ", "width": 0.34},
   {"key": "extra", "header": "Người đứng đầu chịu trách nhiệm", "width": 0.13}, {"key": "lead", "header": "Cơ quan chủ trì", "width": 0.14},
   {"key": "coordinating", "header": "Cơ quan phối hợp", "width": 0.18}, {"key": "timeframe", "header": "Thời gian hoàn thành", "width": 0.16}],
 "items": [
  SK("I", "HOÀN THIỆN THỂ CHẾ, CẢI THIỆN MÔI TRƯỜNG KINH DOANH",
    SK("I.1", "Cắt giảm thủ tục, chi phí tuân thủ", 
      TJ("1", "Rà soát, cắt giảm tối thiểu 30% thời gian xử lý thủ tục hành chính, 30% chi phí tuân thủ và 30% điều kiện kinh doanh", "Giám đốc Sở Tư pháp", "Sở Tư pháp", "Các sở, ban, ngành", "Năm 2026"),
      TJ("2", "Công khai, minh bạch thông tin về quy hoạch, đất đai, đấu thầu, mua sắm công trên Cổng thông tin điện tử tỉnh", "Giám đốc Sở Tài chính", "Sở Tài chính", "Sở Nông nghiệp và Môi trường; Sở Xây dựng", "Thường xuyên"), kind="subsection"),
    SK("I.2", "Bảo vệ quyền tài sản, quyền kinh doanh",
      TJ("3", "Xử lý nghiêm các hành vi nhũng nhiễu, gây phiền hà cho doanh nghiệp trong giải quyết thủ tục hành chính", "Chánh Thanh tra tỉnh", "Thanh tra tỉnh", "Công an tỉnh; các sở, ban, ngành", "Thường xuyên"),
      TJ("4", "Tổ chức đối thoại định kỳ giữa lãnh đạo tỉnh với cộng đồng doanh nghiệp", "Chánh Văn phòng Ủy ban nhân dân tỉnh", "Văn phòng Ủy ban nhân dân tỉnh", "Hiệp hội Doanh nghiệp tỉnh", "Hằng quý", subs=[
        {"kind": "task", "number": "4.1", "content": "Đối thoại chuyên đề về đất đai, thuế", "extra": {"Người đứng đầu chịu trách nhiệm": "Giám đốc Sở Tài chính"}, "lead": "Sở Tài chính", "coordinating": "Cục Thuế tỉnh", "timeframe": "Quý II/2026"},
        {"kind": "task", "number": "4.2", "content": "Đối thoại chuyên đề về đầu tư, xây dựng", "extra": {"Người đứng đầu chịu trách nhiệm": "Giám đốc Sở Xây dựng"}, "lead": "Sở Xây dựng", "coordinating": "Sở Tài chính", "timeframe": "Quý IV/2026"}]), kind="subsection")),
  SK("II", "HỖ TRỢ DOANH NGHIỆP TIẾP CẬN NGUỒN LỰC",
    TJ("5", "Triển khai chương trình hỗ trợ doanh nghiệp nhỏ và vừa tiếp cận tín dụng; bảo lãnh tín dụng cho doanh nghiệp khởi nghiệp sáng tạo", "Giám đốc Quỹ Đầu tư phát triển tỉnh", "Quỹ Đầu tư phát triển tỉnh", "Ngân hàng Nhà nước chi nhánh Khu vực; các ngân hàng thương mại", "2026 - 2030"),
    TJ("6", "Bố trí quỹ đất sạch trong các khu, cụm công nghiệp cho doanh nghiệp nhỏ và vừa thuê với giá ưu đãi", "Giám đốc Sở Nông nghiệp và Môi trường", "Sở Nông nghiệp và Môi trường", "Ban Quản lý các khu công nghiệp; Ủy ban nhân dân cấp xã", "Năm 2027"),
    TJ("7", "Đào tạo, bồi dưỡng kiến thức quản trị doanh nghiệp, chuyển đổi số cho chủ doanh nghiệp, hộ kinh doanh", "Giám đốc Sở Công Thương", "Sở Công Thương", "Sở Khoa học và Công nghệ; Hiệp hội Doanh nghiệp tỉnh", "Hằng năm")),
  SK("III", "TỔ CHỨC THỰC HIỆN",
    TJ("8", "Xây dựng bộ chỉ số đánh giá kết quả thực hiện Nghị quyết; sơ kết, báo cáo Ủy ban nhân dân tỉnh", "Giám đốc Sở Tài chính", "Sở Tài chính", "Các sở, ban, ngành; Ủy ban nhân dân cấp xã", "Tháng 12 hằng năm"))]}
# ten: four columns, long content with bullet paragraphs, dash sub-items
P10 = {"schema": "annex/v1", "appendix": "", "title": "NHIỆM VỤ TRỌNG TÂM CÔNG TÁC DÂN TỘC NĂM 2026",
 "subtitle": "(Kèm theo Kế hoạch số 77/KH-UBND ngày 20/01/2026 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": "number", "header": "STT", "width": 0.06}, {"key": "content", "header": "Nội dung thực hiện", "width": 0.56},
   {"key": "lead", "header": "Đơn vị thực hiện", "width": 0.2}, {"key": "timeframe", "header": "Thời gian", "width": 0.18}],
 "items": [
  SK("I", "CÔNG TÁC THAM MƯU, CHỈ ĐẠO",
    TE("1", "Tham mưu Ủy ban nhân dân tỉnh triển khai Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2026 - 2030:\n- Xây dựng kế hoạch thực hiện năm 2026;\n- Phân bổ vốn sự nghiệp cho các xã theo tiêu chí", "Sở Dân tộc và Tôn giáo", None, "Quý I/2026"),
    TE("2", "Kiện toàn Ban Chỉ đạo các chương trình mục tiêu quốc gia cấp tỉnh", "Sở Dân tộc và Tôn giáo", None, "Tháng 02/2026")),
  SK("II", "THỰC HIỆN CHÍNH SÁCH DÂN TỘC",
    TE("3", "Thực hiện chính sách hỗ trợ đất ở, nhà ở, đất sản xuất, nước sinh hoạt cho hộ đồng bào dân tộc thiểu số nghèo", "Ủy ban nhân dân các xã", None, "Năm 2026", subs=[
      {"kind": "task", "number": "-", "content": "Hỗ trợ nhà ở cho hộ nghèo", "lead": "Ủy ban nhân dân các xã", "timeframe": "Quý III/2026"},
      {"kind": "task", "number": "-", "content": "Hỗ trợ nước sinh hoạt phân tán", "lead": "Ủy ban nhân dân các xã", "timeframe": "Quý IV/2026"}]),
    TE("4", "Cấp phát báo, tạp chí cho vùng đồng bào dân tộc thiểu số; tuyên truyền chính sách, pháp luật cho người có uy tín", "Sở Dân tộc và Tôn giáo", None, "Thường xuyên"),
    TE("5", "Tổ chức gặp mặt, tặng quà người có uy tín trong đồng bào dân tộc thiểu số nhân dịp Tết Nguyên đán", "Sở Dân tộc và Tôn giáo", None, "Tháng 01/2026")),
  SK("III", "KIỂM TRA, GIÁM SÁT",
    TE("6", "Kiểm tra việc thực hiện chính sách dân tộc tại các xã vùng đồng bào dân tộc thiểu số", "Sở Dân tộc và Tôn giáo", None, "Quý III/2026"),
    TE("7", "Tổng kết công tác dân tộc năm 2026; đề xuất khen thưởng tập thể, cá nhân có thành tích xuất sắc", "Sở Dân tộc và Tôn giáo", None, "Tháng 12/2026"))]}
# the four-column plan has no coordinating column: drop the key
def drop(items):
    for it in items:
        if it["kind"] == "task": it.pop("coordinating", None)
        drop(it.get("items", []))
drop(P10["items"])

# The eleventh and twelfth: seven columns with the time before the product
# and funding last, parts A and B, tasks numbered on across sections,
# "(1) …; (2) …" items; six columns in sentence case, "Kết quả, sản phẩm"
# naming one column twice, tasks "1.1" directly under their section, sub-tasks
# lettered to "đ", dotted subsections, empty cells.
def TF(n, content, lead, coord, time, prod=None, fund=None, subs=()):
    d = {"kind": "task", "number": n, "content": content, "lead": lead}
    if coord is not None: d["coordinating"] = coord
    if prod is not None: d["deliverable"] = prod
    d["timeframe"] = time
    if fund is not None: d["funding"] = fund
    if subs: d["items"] = list(subs)
    return d
# eleven: seven columns, time before product, funding last, parts A/B, tasks numbered on across sections
P11 = {"schema": "annex/v1", "appendix": "II", "title": "DANH MỤC NHIỆM VỤ XÂY DỰNG NÔNG THÔN MỚI VÀ PHÁT TRIỂN NÔNG NGHIỆP BỀN VỮNG NĂM 2026",
 "subtitle": "(Ban hành kèm theo Kế hoạch số    /KH-UBND ngày    /    /2026 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "deliverable", "funding"),
   ["STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm", "Nguồn kinh phí"],
   [0.05, 0.31, 0.13, 0.16, 0.1, 0.13, 0.12])],
 "items": [
  SK("A", "NHIỆM VỤ CHUNG",
   SK("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH",
    TF("1", "Ban hành Kế hoạch thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2026; giao chỉ tiêu cụ thể cho từng xã", "Sở Nông nghiệp và Môi trường", "Các sở, ban, ngành; Ủy ban nhân dân các xã", "Tháng 02/2026", "Kế hoạch của Ủy ban nhân dân tỉnh", "Ngân sách tỉnh"),
    TF("2", "Kiện toàn Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh và bộ phận giúp việc; phân công thành viên phụ trách địa bàn", "Sở Nông nghiệp và Môi trường", "Sở Nội vụ", "Quý I/2026", "Quyết định kiện toàn", ""),
    TF("3", "Tổ chức kiểm tra, giám sát việc thực hiện các tiêu chí nông thôn mới tại các xã đăng ký đạt chuẩn năm 2026: (1) kiểm tra hồ sơ; (2) kiểm tra thực tế; (3) tổng hợp, báo cáo kết quả", "Văn phòng Điều phối nông thôn mới tỉnh", "Các sở, ngành thành viên Ban Chỉ đạo", "Định kỳ 6 tháng", "Báo cáo kết quả kiểm tra", "Ngân sách tỉnh")),
   SK("II", "TUYÊN TRUYỀN, VẬN ĐỘNG",
    TF("4", "Đẩy mạnh phong trào thi đua \"Cả nước chung tay xây dựng nông thôn mới\"; biểu dương, khen thưởng điển hình tiên tiến", "Sở Nội vụ", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh; Hội Nông dân tỉnh", "Thường xuyên", "Quyết định khen thưởng", "Quỹ thi đua, khen thưởng"),
    TF("5", "Xây dựng chuyên trang, chuyên mục về nông thôn mới trên Báo và Phát thanh, Truyền hình tỉnh", "Báo và Phát thanh, Truyền hình tỉnh", "Văn phòng Điều phối nông thôn mới tỉnh", "Hằng tháng", "Chuyên trang, chuyên mục", "Ngân sách tỉnh")), kind="part"),
  SK("B", "NHIỆM VỤ CỤ THỂ",
   SK("I", "PHÁT TRIỂN SẢN XUẤT, NÂNG CAO THU NHẬP",
    TF("6", "Phát triển vùng nguyên liệu tập trung gắn với chế biến và tiêu thụ sản phẩm; cấp mã số vùng trồng cho các sản phẩm chủ lực", "Sở Nông nghiệp và Môi trường", "Ủy ban nhân dân các xã; các doanh nghiệp, hợp tác xã", "2026 - 2028", "Mã số vùng trồng được cấp", "Ngân sách nhà nước; nguồn xã hội hóa"),
    TF("7", "Triển khai Chương trình Mỗi xã một sản phẩm (OCOP); phấn đấu có thêm 30 sản phẩm đạt từ 3 sao trở lên", "Sở Nông nghiệp và Môi trường", "Sở Công Thương; Sở Khoa học và Công nghệ", "Năm 2026", "Sản phẩm OCOP được công nhận", "Lồng ghép các chương trình", subs=[
      {"kind": "task", "number": "a", "content": "Hỗ trợ chủ thể hoàn thiện hồ sơ, bao bì, nhãn mác sản phẩm", "lead": "Ủy ban nhân dân các xã", "coordinating": "Trung tâm Khuyến nông tỉnh", "timeframe": "Quý II/2026", "deliverable": "Hồ sơ sản phẩm", "funding": "Ngân sách xã"},
      {"kind": "task", "number": "b", "content": "Tổ chức đánh giá, phân hạng sản phẩm cấp tỉnh", "lead": "Sở Nông nghiệp và Môi trường", "coordinating": "Hội đồng đánh giá sản phẩm OCOP tỉnh", "timeframe": "Quý IV/2026", "deliverable": "Quyết định công nhận", "funding": "Ngân sách tỉnh"}]),
    TF("8", "Đào tạo nghề nông nghiệp cho lao động nông thôn; chuyển giao tiến bộ kỹ thuật về giống, quy trình canh tác hữu cơ", "Trung tâm Khuyến nông tỉnh", "Sở Nội vụ; Hội Nông dân tỉnh", "Thường xuyên", "Lớp đào tạo, tập huấn", "Ngân sách tỉnh")),
   SK("II", "HẠ TẦNG NÔNG THÔN",
    TF("9", "Đầu tư cứng hóa đường giao thông nông thôn, kênh mương nội đồng theo cơ chế đặc thù; ưu tiên các xã đăng ký đạt chuẩn", "Sở Xây dựng", "Sở Tài chính; Ủy ban nhân dân các xã", "2026 - 2027", "Công trình hoàn thành, đưa vào sử dụng", "Vốn đầu tư công; nhân dân đóng góp"),
    TF("10", "Nâng cấp hệ thống cấp nước sinh hoạt tập trung; bảo đảm tỷ lệ hộ dân sử dụng nước sạch đạt 70%", "Trung tâm Nước sạch và Vệ sinh môi trường nông thôn", "Sở Y tế; Ủy ban nhân dân các xã", "Tháng 12/2026", "Công trình cấp nước", "Ngân sách trung ương; ngân sách tỉnh")),
   SK("III", "MÔI TRƯỜNG, CẢNH QUAN NÔNG THÔN",
    TF("11", "Thu gom, xử lý rác thải sinh hoạt nông thôn; phân loại chất thải rắn tại nguồn ở các thôn, tổ dân phố", "Ủy ban nhân dân các xã", "Sở Nông nghiệp và Môi trường; Hội Liên hiệp Phụ nữ tỉnh", "Thường xuyên", "", "Ngân sách xã; nguồn xã hội hóa"),
    TF("12", "Xây dựng mô hình thôn, xóm sáng - xanh - sạch - đẹp, an toàn", "Hội Liên hiệp Phụ nữ tỉnh", "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh", "Năm 2026", "Mô hình được công nhận", ""),
    TF("13", "Tổng kết, đánh giá kết quả thực hiện Chương trình năm 2026; xây dựng kế hoạch năm 2027", "Văn phòng Điều phối nông thôn mới tỉnh", "Các sở, ban, ngành; Ủy ban nhân dân các xã", "Trước ngày 15/12/2026", "Báo cáo tổng kết; Kế hoạch năm 2027", "Ngân sách tỉnh")), kind="part"),
 ]}
# twelve: six columns, sentence-case headers, tasks 1.1 directly under sections, lettered sub-tasks to đ, dotted subsections, empty cells
def TU(n, content, lead, coord, prod, time, subs=()):
    return TF(n, content, lead, coord, time, prod=prod, subs=subs)
P12 = {"schema": "annex/v1", "appendix": "01", "title": "PHÂN CÔNG THỰC HIỆN CÁC GIẢI PHÁP BẢO ĐẢM TRẬT TỰ, AN TOÀN GIAO THÔNG VÀ PHÒNG CHÁY, CHỮA CHÁY NĂM 2026",
 "subtitle": "(Kèm theo Kế hoạch số 58/KH-UBND ngày 15/02/2026 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "deliverable", "timeframe"),
   ["TT", "Nhiệm vụ, giải pháp", "Đơn vị chủ trì", "Đơn vị phối hợp", "Kết quả, sản phẩm", "Thời hạn"],
   [0.06, 0.36, 0.14, 0.18, 0.16, 0.1])],
 "items": [
  SK("I", "Trật tự, an toàn giao thông",
    TU("1.1", "Tăng cường tuần tra, kiểm soát, xử lý vi phạm về nồng độ cồn, tốc độ, chở quá tải trọng; tập trung các tuyến quốc lộ, tỉnh lộ", "Công an tỉnh", "Sở Xây dựng; Ủy ban nhân dân các xã, phường", "Kết quả xử lý vi phạm", "Thường xuyên"),
    TU("1.2", "Rà soát, xử lý dứt điểm các điểm đen, điểm tiềm ẩn tai nạn giao thông; bổ sung biển báo, đèn tín hiệu", "Sở Xây dựng", "Công an tỉnh", "Danh mục điểm đen được xử lý", "Quý II/2026", subs=[
      TU("a", "Khảo sát, lập danh mục điểm đen trên các tuyến đường tỉnh", "Sở Xây dựng", "", "Danh mục điểm đen", "Tháng 3/2026"),
      TU("b", "Lắp đặt biển báo, gờ giảm tốc tại các nút giao nguy hiểm", "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông", "Ủy ban nhân dân các xã", "Công trình hoàn thành", "Tháng 6/2026")]),
    TU("1.3", "Tuyên truyền, giáo dục pháp luật về trật tự, an toàn giao thông trong trường học; thực hiện nghiêm quy định đội mũ bảo hiểm khi đi xe đạp điện", "Sở Giáo dục và Đào tạo", "Công an tỉnh; Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh", "", "Năm học 2025 - 2026")),
  SK("II", "Phòng cháy, chữa cháy và cứu nạn, cứu hộ",
    SK("II.1", "Tại khu dân cư", 
      TU("2.1", "Xây dựng, duy trì mô hình \"Tổ liên gia an toàn phòng cháy, chữa cháy\" và \"Điểm chữa cháy công cộng\" tại các khu dân cư", "Công an tỉnh", "Ủy ban nhân dân các xã, phường", "Mô hình được thành lập, duy trì", "Năm 2026", subs=[
        TU("a", "Rà soát, thành lập mới tổ liên gia", "Công an xã, phường", "", "Quyết định thành lập", "Quý I/2026"),
        TU("b", "Trang bị phương tiện chữa cháy ban đầu cho điểm chữa cháy công cộng", "Ủy ban nhân dân các xã, phường", "Công an xã, phường", "Phương tiện được trang bị", "Quý II/2026"),
        TU("c", "Tổ chức thực tập phương án chữa cháy tại khu dân cư", "Công an xã, phường", "Lực lượng dân phòng", "Biên bản thực tập", "Quý III/2026"),
        TU("d", "Kiểm tra an toàn điện tại các hộ gia đình kết hợp sản xuất, kinh doanh", "Công ty Điện lực tỉnh", "Công an xã, phường", "Biên bản kiểm tra", "Quý III/2026"),
        TU("đ", "Sơ kết hoạt động của mô hình", "Công an tỉnh", "", "Báo cáo sơ kết", "Tháng 11/2026")]),
      TU("2.2", "Vận động hộ gia đình trang bị bình chữa cháy, thiết bị báo cháy, mở lối thoát nạn thứ hai", "Ủy ban Mặt trận Tổ quốc Việt Nam các xã, phường", "Công an xã, phường; Hội Liên hiệp Phụ nữ", "Tỷ lệ hộ gia đình có bình chữa cháy", "Thường xuyên"), kind="subsection"),
    SK("II.2", "Tại cơ sở sản xuất, kinh doanh",
      TU("2.3", "Kiểm tra an toàn phòng cháy, chữa cháy đối với nhà ở kết hợp kinh doanh, cơ sở karaoke, quán bar, nhà trọ; xử lý nghiêm vi phạm", "Công an tỉnh", "Sở Xây dựng; Sở Văn hóa, Thể thao và Du lịch", "Kết luận kiểm tra; quyết định xử phạt", "Quý II và Quý IV/2026"),
      TU("2.4", "Hướng dẫn doanh nghiệp trong khu công nghiệp xây dựng phương án chữa cháy và tổ chức thực tập định kỳ", "Ban Quản lý các khu công nghiệp", "Công an tỉnh", "Phương án được phê duyệt", "Hằng năm"), kind="subsection")),
  SK("III", "Tổ chức thực hiện",
    TU("3.1", "Các sở, ngành, địa phương báo cáo kết quả thực hiện về Công an tỉnh để tổng hợp", "Các sở, ban, ngành; Ủy ban nhân dân các xã, phường", "", "Báo cáo định kỳ", "Trước ngày 15/6 và 15/12/2026"),
    TU("3.2", "Sơ kết 6 tháng, tổng kết năm; đề xuất khen thưởng tập thể, cá nhân có thành tích", "Công an tỉnh", "Sở Nội vụ", "Báo cáo sơ kết, tổng kết", "Tháng 7 và tháng 12/2026"))]}

# The thirteenth and fourteenth: numbers printed with their dots ("I.",
# "1.") and headers "Cơ quan, đơn vị chủ trì", "Hình thức văn bản"; eight
# columns with a target column (extra), a funding column of amounts in
# millions ("4.500") and notes.
def T13(n, content, lead, coord, prod, time, subs=()):
    d = {"kind": "task", "number": n, "content": content, "lead": lead, "coordinating": coord, "deliverable": prod, "timeframe": time}
    if subs: d["items"] = list(subs)
    return d
# thirteen: numbers printed with dots ("I.", "1."), "Cơ quan, đơn vị" headers, "Hình thức văn bản", long cells with (1) (2) items
P13 = {"schema": "annex/v1", "appendix": "03", "title": "DANH MỤC NHIỆM VỤ THỰC HIỆN ĐỀ ÁN PHÁT TRIỂN NGUỒN NHÂN LỰC CHẤT LƯỢNG CAO TỈNH GIAI ĐOẠN 2026 - 2030",
 "subtitle": "(Ban hành kèm theo Quyết định số 512/QĐ-UBND ngày 03/4/2026 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "deliverable", "timeframe"),
   ["TT", "Nội dung nhiệm vụ", "Cơ quan, đơn vị chủ trì", "Cơ quan, đơn vị phối hợp", "Hình thức văn bản", "Thời hạn hoàn thành"],
   [0.05, 0.37, 0.15, 0.19, 0.13, 0.11])],
 "items": [
  SK("I.", "XÂY DỰNG CƠ CHẾ, CHÍNH SÁCH",
    T13("1.", "Xây dựng chính sách hỗ trợ đào tạo, thu hút nhân lực chất lượng cao làm việc tại các cơ quan, đơn vị của tỉnh, gồm: (1) hỗ trợ học phí sau đại học; (2) hỗ trợ nhà ở công vụ; (3) trợ cấp một lần khi tiếp nhận", "Sở Nội vụ", "Sở Tài chính; Sở Tư pháp; Sở Giáo dục và Đào tạo", "Nghị quyết của Hội đồng nhân dân tỉnh", "Kỳ họp giữa năm 2026"),
    T13("2.", "Ban hành danh mục ngành, nghề ưu tiên đào tạo nhân lực chất lượng cao đến năm 2030", "Sở Nội vụ", "Các sở, ban, ngành; Ủy ban nhân dân các xã, phường", "Quyết định của Ủy ban nhân dân tỉnh", "Quý II/2026"),
    T13("3.", "Quy định tiêu chí xác định nhân lực chất lượng cao trong các lĩnh vực y tế, giáo dục, khoa học và công nghệ", "Sở Nội vụ", "Sở Y tế; Sở Giáo dục và Đào tạo; Sở Khoa học và Công nghệ", "Quyết định của Ủy ban nhân dân tỉnh", "Quý III/2026")),
  SK("II.", "ĐÀO TẠO, BỒI DƯỠNG NHÂN LỰC",
    T13("4.", "Cử cán bộ, công chức, viên chức trẻ có năng lực đi đào tạo trình độ thạc sĩ, tiến sĩ ở trong nước và nước ngoài theo các lĩnh vực ưu tiên", "Sở Nội vụ", "Các cơ quan, đơn vị có cán bộ được cử đi học", "Quyết định cử đi đào tạo", "Hằng năm"),
    T13("5.", "Liên kết với các trường đại học mở lớp đào tạo kỹ sư, cử nhân theo đơn đặt hàng của doanh nghiệp trong khu công nghiệp", "Sở Giáo dục và Đào tạo", "Ban Quản lý các khu công nghiệp; các trường đại học", "Hợp đồng liên kết đào tạo", "2026 - 2028"),
    T13("6.", "Đào tạo nghề trình độ cao đẳng các nghề trọng điểm cấp quốc gia: điện tử công nghiệp, công nghệ ô tô, quản trị khách sạn", "Trường Cao đẳng Kỹ thuật tỉnh", "Sở Nội vụ", "Kế hoạch tuyển sinh", "Theo năm học"),
    T13("7.", "Bồi dưỡng kỹ năng số, ngoại ngữ cho đội ngũ cán bộ lãnh đạo, quản lý cấp phòng trở lên", "Trường Chính trị tỉnh", "Sở Nội vụ; Sở Khoa học và Công nghệ", "Kế hoạch bồi dưỡng", "Định kỳ hằng năm")),
  SK("III.", "THU HÚT, SỬ DỤNG NHÂN LỰC",
    T13("8.", "Tổ chức Ngày hội việc làm và kết nối nhân lực chất lượng cao với doanh nghiệp", "Trung tâm Dịch vụ việc làm tỉnh", "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh; Hiệp hội Doanh nghiệp tỉnh", "", "Tháng 9 hằng năm"),
    T13("9.", "Xây dựng cơ sở dữ liệu nhân lực chất lượng cao của tỉnh, kết nối với Cổng thông tin việc làm", "Sở Khoa học và Công nghệ", "Sở Nội vụ", "Cơ sở dữ liệu được vận hành", "Tháng 12/2027"),
    T13("10.", "Sơ kết 3 năm thực hiện Đề án; đề xuất điều chỉnh, bổ sung chính sách", "Sở Nội vụ", "Các sở, ban, ngành", "Báo cáo sơ kết", "Quý IV/2028"))]}
# fourteen: eight columns with a target column (extra), funding amounts and notes; lettered sub-tasks; sentence case
def TK(n, content, target, lead, coord, fund, time, note="", subs=()):
    d = {"kind": "task", "number": n, "content": content, "extra": {"Chỉ tiêu": target}, "lead": lead, "coordinating": coord, "funding": fund, "timeframe": time, "note": note}
    if subs: d["items"] = list(subs)
    return d
P14 = {"schema": "annex/v1", "appendix": "", "title": "KẾ HOẠCH PHÁT TRIỂN VĂN HÓA, THỂ DỤC THỂ THAO CƠ SỞ NĂM 2026",
 "subtitle": "(Kèm theo Kế hoạch số 96/KH-UBND ngày 28/02/2026 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "extra", "lead", "coordinating", "funding", "timeframe", "note"),
   ["STT", "Nhiệm vụ", "Chỉ tiêu", "Đơn vị chủ trì", "Đơn vị phối hợp", "Kinh phí (triệu đồng)", "Thời gian", "Ghi chú"],
   [0.05, 0.27, 0.1, 0.13, 0.15, 0.1, 0.1, 0.1])],
 "items": [
  SK("I", "Văn hóa cơ sở",
    TK("1", "Nâng cao chất lượng phong trào \"Toàn dân đoàn kết xây dựng đời sống văn hóa\"", "90% hộ gia đình đạt danh hiệu văn hóa", "Sở Văn hóa, Thể thao và Du lịch", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "350", "Cả năm"),
    TK("2", "Hỗ trợ xây dựng, sửa chữa nhà văn hóa thôn, tổ dân phố", "40 nhà văn hóa", "Ủy ban nhân dân các xã, phường", "Sở Văn hóa, Thể thao và Du lịch; Sở Tài chính", "4.500", "Quý II - Quý IV/2026", "Lồng ghép chương trình mục tiêu quốc gia", subs=[
      TK("a", "Rà soát hiện trạng nhà văn hóa", "100% thôn, tổ dân phố", "Ủy ban nhân dân các xã, phường", "", "", "Quý I/2026"),
      TK("b", "Phân bổ kinh phí hỗ trợ", "40 nhà văn hóa", "Sở Tài chính", "Sở Văn hóa, Thể thao và Du lịch", "4.500", "Quý II/2026")]),
    TK("3", "Tổ chức Liên hoan nghệ thuật quần chúng các dân tộc tỉnh lần thứ V", "01 liên hoan", "Sở Văn hóa, Thể thao và Du lịch", "Ủy ban nhân dân các xã, phường", "800", "Tháng 8/2026", "Xã hội hóa một phần")),
  SK("II", "Thể dục thể thao quần chúng",
    TK("4", "Phát động phong trào \"Toàn dân rèn luyện thân thể theo gương Bác Hồ vĩ đại\"; duy trì các câu lạc bộ thể thao cơ sở", "35% dân số tập luyện thường xuyên", "Sở Văn hóa, Thể thao và Du lịch", "Liên đoàn Lao động tỉnh; Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh", "200", "Thường xuyên"),
    TK("5", "Tổ chức Đại hội Thể dục thể thao cấp xã, tiến tới Đại hội cấp tỉnh lần thứ X", "100% xã, phường tổ chức", "Ủy ban nhân dân các xã, phường", "Trung tâm Huấn luyện và Thi đấu thể thao tỉnh", "1.200", "Quý III/2026"),
    TK("6", "Dạy bơi phòng, chống đuối nước cho trẻ em", "5.000 trẻ em biết bơi", "Sở Giáo dục và Đào tạo", "Sở Văn hóa, Thể thao và Du lịch; Hội Liên hiệp Phụ nữ tỉnh", "600", "Tháng 6 - tháng 8/2026", "Dịp hè")),
  SK("III", "Kiểm tra, đánh giá",
    TK("7", "Kiểm tra việc thực hiện Kế hoạch tại các địa phương; tổng hợp báo cáo Ủy ban nhân dân tỉnh", "", "Sở Văn hóa, Thể thao và Du lịch", "Các sở, ngành liên quan", "50", "Tháng 11/2026"))]}
def without_dots(items):
    for it in items:
        it["number"] = it["number"].rstrip(".)")
        without_dots(it.get("items", []))

# The fifteenth and sixteenth: sections set as one merged cell "I. TITLE"
# (sectionStyle), rows without a number going on the task above ("cont":
# a cell merged down in the source; the answer joins each fragment to its
# cell with "\n"), five columns with short capitalised heads.
def T15(n, content, lead, coord, prod, time, cont=(), subs=()):
    d = {"kind": "task", "number": n, "content": content, "lead": lead, "coordinating": coord, "deliverable": prod, "timeframe": time}
    if cont: d["cont"] = list(cont)
    if subs: d["items"] = list(subs)
    return d
# fifteen: sections as one merged cell "I. TITLE", tasks numbered on across sections, rows without a number going on the task above
P15 = {"schema": "annex/v1", "appendix": "02", "title": "NHIỆM VỤ, GIẢI PHÁP PHÒNG, CHỐNG THAM NHŨNG, TIÊU CỰC NĂM 2026",
 "subtitle": "(Kèm theo Kế hoạch số 33/KH-UBND ngày 22/01/2026 của Ủy ban nhân dân tỉnh)", "sectionStyle": "merged",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "deliverable", "timeframe"),
   ["STT", "Nội dung công việc", "Cơ quan thực hiện", "Cơ quan phối hợp", "Sản phẩm dự kiến", "Thời gian hoàn thành"],
   [0.05, 0.36, 0.15, 0.18, 0.14, 0.12])],
 "items": [
  SK("I", "CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO",
    T15("1", "Quán triệt, triển khai các văn bản của Trung ương, của tỉnh về công tác phòng, chống tham nhũng, tiêu cực", "Văn phòng Ủy ban nhân dân tỉnh", "Thanh tra tỉnh; các sở, ban, ngành", "Văn bản chỉ đạo", "Quý I/2026"),
    T15("2", "Xây dựng, ban hành kế hoạch phòng, chống tham nhũng, tiêu cực năm 2026 của cơ quan, đơn vị, địa phương", "Các sở, ban, ngành; Ủy ban nhân dân các xã, phường", "Thanh tra tỉnh", "Kế hoạch", "Tháng 02/2026",
      cont=[{"content": "- Gửi kế hoạch về Thanh tra tỉnh để theo dõi, tổng hợp", "timeframe": "Trước ngày 28/02/2026"}])),
  SK("II", "CÁC BIỆN PHÁP PHÒNG NGỪA THAM NHŨNG, TIÊU CỰC",
    T15("3", "Công khai, minh bạch trong hoạt động của cơ quan, tổ chức, đơn vị theo quy định của Luật Phòng, chống tham nhũng", "Các sở, ban, ngành; Ủy ban nhân dân các xã, phường", "", "Báo cáo kết quả thực hiện", "Thường xuyên"),
    T15("4", "Chuyển đổi vị trí công tác đối với cán bộ, công chức, viên chức theo định kỳ", "Sở Nội vụ", "Các cơ quan, đơn vị", "Quyết định chuyển đổi vị trí công tác", "Theo kế hoạch",
      cont=[{"coordinating": "Ủy ban nhân dân các xã, phường", "deliverable": "Báo cáo kết quả chuyển đổi"}]),
    T15("5", "Kiểm soát tài sản, thu nhập của người có chức vụ, quyền hạn; kê khai, công khai bản kê khai lần đầu, hằng năm, bổ sung", "Thanh tra tỉnh", "Các cơ quan, đơn vị", "Bản kê khai tài sản, thu nhập", "Trước ngày 31/12/2026"),
    T15("6", "Đẩy mạnh thanh toán không dùng tiền mặt trong chi trả lương, phụ cấp và các khoản thu nhập khác", "Sở Tài chính", "Kho bạc Nhà nước khu vực; các ngân hàng thương mại", "", "Năm 2026")),
  SK("III", "PHÁT HIỆN, XỬ LÝ THAM NHŨNG, TIÊU CỰC",
    T15("7", "Tiến hành thanh tra chuyên đề việc quản lý, sử dụng đất đai, đầu tư xây dựng cơ bản; thanh tra trách nhiệm thủ trưởng trong thực hiện pháp luật về phòng, chống tham nhũng", "Thanh tra tỉnh", "Sở Nông nghiệp và Môi trường; Sở Xây dựng", "Kết luận thanh tra", "Theo kế hoạch thanh tra năm 2026"),
    T15("8", "Tiếp nhận, xử lý phản ánh, kiến nghị, tố cáo về hành vi tham nhũng, tiêu cực; bảo vệ người tố cáo", "Thanh tra tỉnh", "Công an tỉnh; Ban Tiếp công dân tỉnh", "Báo cáo", "Thường xuyên",
      cont=[{"content": "- Chuyển cơ quan điều tra các vụ việc có dấu hiệu tội phạm", "lead": "Thanh tra tỉnh; Công an tỉnh"}]),
    T15("9", "Sơ kết, tổng kết, báo cáo công tác phòng, chống tham nhũng, tiêu cực định kỳ quý, 6 tháng và năm", "Thanh tra tỉnh", "Các sở, ban, ngành; Ủy ban nhân dân các xã, phường", "Báo cáo", "Định kỳ"))]}
# sixteen: five columns with short capitalised heads, sub-tasks, rows going on the task above with bullet paragraphs
P16 = {"schema": "annex/v1", "appendix": "I", "title": "NHIỆM VỤ THỰC HIỆN CHƯƠNG TRÌNH SỬ DỤNG NĂNG LƯỢNG TIẾT KIỆM VÀ HIỆU QUẢ TRÊN ĐỊA BÀN TỈNH",
 "subtitle": "(Ban hành kèm theo Quyết định số 275/QĐ-UBND ngày 16/3/2026 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe"),
   ["TT", "NHIỆM VỤ", "CHỦ TRÌ", "PHỐI HỢP", "THỜI GIAN"],
   [0.06, 0.5, 0.15, 0.17, 0.12])],
 "items": [
  SK("I", "TUYÊN TRUYỀN, NÂNG CAO NHẬN THỨC",
    T15("1", "Tuyên truyền về sử dụng năng lượng tiết kiệm và hiệu quả trên các phương tiện thông tin đại chúng", "Sở Công Thương", "Báo và Phát thanh, Truyền hình tỉnh", None, "Thường xuyên",
      cont=[{"content": "- Phát động hưởng ứng Chiến dịch Giờ Trái đất", "timeframe": "Tháng 3 hằng năm"}]),
    T15("2", "Đưa nội dung sử dụng năng lượng tiết kiệm vào hoạt động ngoại khóa trong các trường học", "Sở Giáo dục và Đào tạo", "Sở Công Thương", None, "Năm học 2026 - 2027")),
  SK("II", "SỬ DỤNG NĂNG LƯỢNG TIẾT KIỆM TRONG CÁC LĨNH VỰC",
    T15("3", "Kiểm toán năng lượng bắt buộc đối với cơ sở sử dụng năng lượng trọng điểm", "Sở Công Thương", "Các doanh nghiệp", None, "03 năm một lần", subs=[
      T15("a", "Rà soát, lập danh sách cơ sở sử dụng năng lượng trọng điểm", "Sở Công Thương", "", None, "Quý I/2026"),
      T15("b", "Hướng dẫn xây dựng kế hoạch sử dụng năng lượng hằng năm", "Sở Công Thương", "Các cơ sở sử dụng năng lượng trọng điểm", None, "Quý II/2026")]),
    T15("4", "Thay thế đèn chiếu sáng công cộng bằng đèn tiết kiệm năng lượng; lắp đặt hệ thống điều khiển chiếu sáng thông minh", "Sở Xây dựng", "Ủy ban nhân dân các xã, phường; Công ty Điện lực tỉnh", None, "2026 - 2028",
      cont=[{"content": "- Ưu tiên các tuyến đường trục chính, khu trung tâm hành chính", "coordinating": "Ban Quản lý dự án đầu tư xây dựng tỉnh"}]),
    T15("5", "Khuyến khích lắp đặt điện mặt trời mái nhà tự sản xuất, tự tiêu thụ tại trụ sở cơ quan, trường học, bệnh viện", "Sở Công Thương", "Sở Tài chính; các cơ quan, đơn vị", None, "Năm 2026")),
  SK("III", "KIỂM TRA, GIÁM SÁT",
    T15("6", "Kiểm tra việc chấp hành quy định về sử dụng năng lượng tiết kiệm và hiệu quả tại các cơ quan, công sở", "Sở Công Thương", "Công an tỉnh", None, "Quý III/2026"),
    T15("7", "Tổng hợp, báo cáo kết quả thực hiện Chương trình về Bộ Công Thương", "Sở Công Thương", "Các sở, ban, ngành", None, "Tháng 12 hằng năm"))]}
def drop_deliverable(items):
    for it in items:
        if it["kind"] == "task": it.pop("deliverable", None)
        drop_deliverable(it.get("items", []))
drop_deliverable(P16["items"])
def merge_cont(items):
    for it in items:
        for row in it.pop("cont", []):
            for k, v in row.items():
                it[k] = it[k] + "\n" + v if it.get(k) else v
        merge_cont(it.get("items", []))

# The seventeenth and eighteenth: "Số TT" over two lines, parts "A." and
# sections "I." printed with their dots, tasks "1.1." under task 1, a notes
# column holding dates; four columns with sub-tasks "a)" and "+" bullets.
# seventeen: "Số TT", letter parts "A." and sections "I." printed with dots, tasks "1.1" under task "1", a notes column holding dates
def T17(n, content, lead, coord, time, note="", subs=()):
    d = {"kind": "task", "number": n, "content": content, "lead": lead, "coordinating": coord, "timeframe": time, "note": note}
    if subs: d["items"] = list(subs)
    return d
P17 = {"schema": "annex/v1", "appendix": "05", "title": "DANH MỤC ĐỀ ÁN, NHIỆM VỤ TRÌNH ỦY BAN NHÂN DÂN TỈNH NĂM 2026",
 "subtitle": "(Kèm theo Quyết định số 88/QĐ-UBND ngày 12/01/2026 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "note"),
   ["Số TT", "Tên đề án, nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian trình", "Ghi chú"],
   [0.06, 0.36, 0.14, 0.18, 0.12, 0.14])],
 "items": [
  SK("A.", "LĨNH VỰC KINH TẾ",
   SK("I.", "Tài chính, ngân sách",
    T17("1.", "Đề án tăng cường quản lý thu ngân sách nhà nước trên địa bàn tỉnh giai đoạn 2026 - 2030", "Sở Tài chính", "Thuế tỉnh; Kho bạc Nhà nước khu vực", "Tháng 4/2026", "", subs=[
      T17("1.1.", "Đánh giá kết quả thu ngân sách giai đoạn 2021 - 2025", "Sở Tài chính", "Thuế tỉnh", "Tháng 02/2026"),
      T17("1.2.", "Xây dựng dự thảo Đề án, lấy ý kiến các sở, ngành", "Sở Tài chính", "Các sở, ban, ngành", "Tháng 3/2026", "Trình trước ngày 15/4/2026")]),
    T17("2.", "Phương án phân bổ vốn đầu tư công năm 2027", "Sở Tài chính", "Các sở, ban, ngành; Ủy ban nhân dân các xã, phường", "Tháng 10/2026", "Trình Hội đồng nhân dân tỉnh kỳ họp cuối năm")),
   SK("II.", "Nông nghiệp, môi trường",
    T17("3.", "Đề án phát triển vùng trồng cây dược liệu gắn với chế biến sâu", "Sở Nông nghiệp và Môi trường", "Sở Khoa học và Công nghệ; Ủy ban nhân dân các xã", "Quý III/2026"),
    T17("4.", "Kế hoạch ứng phó sự cố tràn dầu trên địa bàn tỉnh", "Sở Nông nghiệp và Môi trường", "Bộ Chỉ huy Quân sự tỉnh; Công an tỉnh", "Tháng 6/2026", "Cập nhật Kế hoạch năm 2021")), kind="part"),
  SK("B.", "LĨNH VỰC VĂN HÓA - XÃ HỘI",
   SK("I.", "Y tế, giáo dục",
    T17("5.", "Đề án phát triển mạng lưới trường mầm non ngoài công lập tại các khu công nghiệp", "Sở Giáo dục và Đào tạo", "Ban Quản lý các khu công nghiệp; Liên đoàn Lao động tỉnh", "Tháng 9/2026"),
    T17("6.", "Kế hoạch nâng cao năng lực phòng, chống dịch bệnh truyền nhiễm", "Sở Y tế", "Sở Tài chính", "Quý II/2026", "Lồng ghép nguồn vốn Chương trình mục tiêu")),
   SK("II.", "Lao động, xã hội",
    T17("7.", "Đề án hỗ trợ người lao động mất việc làm chuyển đổi nghề nghiệp", "Sở Nội vụ", "Bảo hiểm xã hội tỉnh; Trung tâm Dịch vụ việc làm tỉnh", "Tháng 7/2026", ""),
    T17("8.", "Quy định mức hỗ trợ đóng bảo hiểm xã hội tự nguyện cho người dân", "Sở Nội vụ", "Sở Tài chính; Bảo hiểm xã hội tỉnh", "Tháng 11/2026", "Trình Hội đồng nhân dân tỉnh ban hành Nghị quyết")), kind="part")]}
# eighteen: four columns, lettered sub-tasks printed "a)", content with "+" sub-bullets and quoted names
def T18(n, content, lead, time, subs=()):
    d = {"kind": "task", "number": n, "content": content, "lead": lead, "timeframe": time}
    if subs: d["items"] = list(subs)
    return d
P18 = {"schema": "annex/v1", "appendix": "", "title": "NHIỆM VỤ QUẢN LÝ TRẬT TỰ ĐÔ THỊ, XÂY DỰNG NĂM 2026",
 "subtitle": "(Kèm theo Kế hoạch số 140/KH-UBND ngày 06/02/2026 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "timeframe"),
   ["STT", "Nội dung", "Đơn vị thực hiện", "Thời gian thực hiện"], [0.06, 0.58, 0.2, 0.16])],
 "items": [
  SK("I", "QUẢN LÝ QUY HOẠCH, KIẾN TRÚC",
    T18("1", "Rà soát, điều chỉnh quy hoạch chung đô thị; công bố công khai quy hoạch được phê duyệt:\n+ Cắm mốc giới theo quy hoạch tại các khu vực trung tâm;\n+ Số hóa hồ sơ quy hoạch, đăng tải trên Cổng thông tin điện tử", "Sở Xây dựng; Ủy ban nhân dân các phường", "Năm 2026", subs=[
      T18("a)", "Tổ chức lấy ý kiến cộng đồng dân cư về đồ án quy hoạch", "Ủy ban nhân dân các phường", "Quý I/2026"),
      T18("b)", "Trình phê duyệt điều chỉnh quy hoạch", "Sở Xây dựng", "Quý III/2026")]),
    T18("2", "Ban hành Quy chế quản lý kiến trúc đô thị \"Khu phố cổ\" và các tuyến phố chính", "Sở Xây dựng", "Tháng 5/2026")),
  SK("II", "QUẢN LÝ TRẬT TỰ XÂY DỰNG",
    T18("3", "Kiểm tra, xử lý công trình xây dựng không phép, sai phép; kiên quyết cưỡng chế công trình vi phạm không chấp hành quyết định xử phạt", "Ủy ban nhân dân các xã, phường; Thanh tra Sở Xây dựng", "Thường xuyên"),
    T18("4", "Lập lại trật tự vỉa hè, lòng đường:\n+ Ra quân xử lý lấn chiếm vỉa hè tại các tuyến phố chính;\n+ Bố trí điểm trông giữ xe tạm thời", "Công an tỉnh; Ủy ban nhân dân các phường", "Quý II/2026", subs=[
      T18("a)", "Xây dựng tuyến phố văn minh đô thị kiểu mẫu", "Ủy ban nhân dân các phường", "Năm 2026"),
      T18("b)", "Tuyên truyền, vận động hộ kinh doanh ký cam kết", "Ủy ban Mặt trận Tổ quốc Việt Nam các phường", "Quý I/2026")])),
  SK("III", "TỔ CHỨC THỰC HIỆN",
    T18("5", "Báo cáo định kỳ kết quả thực hiện về Sở Xây dựng để tổng hợp, báo cáo Ủy ban nhân dân tỉnh", "Các sở, ngành; Ủy ban nhân dân các xã, phường", "Trước ngày 20 tháng cuối quý"))]}

# nineteen: a cooperatives plan, "Nhiệm vụ cụ thể" and "Kết quả dự kiến", "Thời hạn"
P19 = {"schema": "annex/v1", "appendix": "01", "title": "NHIỆM VỤ PHÁT TRIỂN KINH TẾ TẬP THỂ, HỢP TÁC XÃ GIAI ĐOẠN 2026 - 2030",
 "subtitle": "(Kèm theo Kế hoạch số 205/KH-UBND ngày 08/5/2026 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "deliverable", "timeframe"),
   ["TT", "Nhiệm vụ cụ thể", "Đơn vị chủ trì", "Đơn vị phối hợp", "Kết quả dự kiến", "Thời hạn"], [0.05, 0.35, 0.15, 0.18, 0.15, 0.12])],
 "items": [
  SK("I", "HOÀN THIỆN CƠ CHẾ, CHÍNH SÁCH",
    TU("1", "Rà soát, sửa đổi chính sách hỗ trợ thành lập mới hợp tác xã, liên hiệp hợp tác xã theo Luật Hợp tác xã năm 2023", "Sở Tài chính", "Liên minh Hợp tác xã tỉnh; Sở Tư pháp", "Nghị quyết của Hội đồng nhân dân tỉnh", "Năm 2026"),
    TU("2", "Ban hành tiêu chí hợp tác xã kiểu mới điển hình để nhân rộng", "Liên minh Hợp tác xã tỉnh", "Sở Nông nghiệp và Môi trường", "Quyết định của Ủy ban nhân dân tỉnh", "Quý III/2026")),
  SK("II", "NÂNG CAO HIỆU QUẢ HOẠT ĐỘNG",
    TU("3", "Hỗ trợ hợp tác xã ứng dụng công nghệ cao, chuyển đổi số trong sản xuất, kinh doanh; xây dựng thương hiệu, truy xuất nguồn gốc sản phẩm", "Sở Khoa học và Công nghệ", "Liên minh Hợp tác xã tỉnh; Ủy ban nhân dân các xã", "Hợp tác xã được hỗ trợ", "2026 - 2030", subs=[
      TU("a", "Hỗ trợ tem truy xuất nguồn gốc điện tử", "Sở Khoa học và Công nghệ", "Các hợp tác xã", "Tem được cấp", "Hằng năm"),
      TU("b", "Đào tạo kỹ năng bán hàng trên sàn thương mại điện tử", "Sở Công Thương", "Liên minh Hợp tác xã tỉnh", "Lớp tập huấn", "Quý II hằng năm")]),
    TU("4", "Bồi dưỡng, nâng cao trình độ cho cán bộ quản lý hợp tác xã; thu hút lao động trẻ có trình độ về làm việc tại hợp tác xã", "Liên minh Hợp tác xã tỉnh", "Sở Nội vụ", "Lớp bồi dưỡng; lao động trẻ được hỗ trợ", "Thường xuyên"),
    TU("5", "Tạo điều kiện cho hợp tác xã tiếp cận vốn vay từ Quỹ hỗ trợ phát triển hợp tác xã và các tổ chức tín dụng", "Quỹ Hỗ trợ phát triển hợp tác xã tỉnh", "Ngân hàng Nhà nước chi nhánh Khu vực", "Dư nợ cho vay tăng", "Thường xuyên")),
  SK("III", "KIỂM TRA, ĐÁNH GIÁ",
    TU("6", "Thống kê, đánh giá, phân loại hợp tác xã; giải thể hợp tác xã ngừng hoạt động theo quy định", "Sở Tài chính", "Ủy ban nhân dân các xã, phường", "Báo cáo phân loại", "Tháng 12 hằng năm"))]}

# twenty: a child-protection plan of seven columns with funding last
def TF20(n, content, lead, coord, prod, time, fund, subs=()):
    return TF(n, content, lead, coord, time, prod=prod, fund=fund, subs=subs)
P20 = {"schema": "annex/v1", "appendix": "II", "title": "KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH BẢO VỆ VÀ CHĂM SÓC TRẺ EM NĂM 2026",
 "subtitle": "(Ban hành kèm theo Quyết định số 330/QĐ-UBND ngày 30/3/2026 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "deliverable", "timeframe", "funding"),
   ["STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Sản phẩm", "Thời gian", "Kinh phí"], [0.05, 0.3, 0.13, 0.16, 0.13, 0.11, 0.12])],
 "items": [
  SK("I", "TRUYỀN THÔNG, NÂNG CAO NHẬN THỨC",
    TF20("1", "Tổ chức Tháng hành động vì trẻ em với chủ đề do Trung ương phát động; truyền thông phòng, chống xâm hại, bạo lực trẻ em", "Sở Y tế", "Sở Giáo dục và Đào tạo; Tỉnh đoàn", "Lễ phát động; tin, bài", "Tháng 6/2026", "Ngân sách tỉnh"),
    TF20("2", "Phổ biến kỹ năng an toàn trên môi trường mạng cho học sinh", "Sở Giáo dục và Đào tạo", "Công an tỉnh", "Tài liệu hướng dẫn", "Năm học 2026 - 2027", "Ngân sách sự nghiệp giáo dục")),
  SK("II", "CHĂM SÓC, HỖ TRỢ TRẺ EM CÓ HOÀN CẢNH ĐẶC BIỆT",
    TF20("3", "Hỗ trợ trẻ em mồ côi, trẻ em khuyết tật, trẻ em thuộc hộ nghèo được chăm sóc sức khỏe, học tập và vui chơi", "Sở Y tế", "Ủy ban nhân dân các xã, phường; Hội Liên hiệp Phụ nữ tỉnh", "Trẻ em được hỗ trợ", "Thường xuyên", "Quỹ Bảo trợ trẻ em tỉnh; nguồn xã hội hóa"),
    TF20("4", "Khám sàng lọc, phẫu thuật tim bẩm sinh miễn phí cho trẻ em", "Sở Y tế", "Bệnh viện Sản - Nhi tỉnh", "Trẻ em được phẫu thuật", "Quý III/2026", "Vận động tài trợ"),
    TF20("5", "Xây dựng mô hình ngôi nhà an toàn phòng, chống đuối nước cho trẻ em tại các xã ven sông, ven biển", "Ủy ban nhân dân các xã", "Sở Văn hóa, Thể thao và Du lịch", "Mô hình được xây dựng", "Năm 2026", "Ngân sách xã")),
  SK("III", "KIỂM TRA, GIÁM SÁT",
    TF20("6", "Kiểm tra việc thực hiện quyền trẻ em tại các địa phương, cơ sở trợ giúp xã hội", "Sở Y tế", "Sở Tư pháp; Công an tỉnh", "Báo cáo kết quả kiểm tra", "Quý IV/2026", "Ngân sách tỉnh"))]}

# twenty-one: abbreviations everywhere (UBND, Sở KH&CN, VNPT), unit cells as "- " lists, sub-tasks "a)",
# times of two paragraphs, numbering restarting in each section, empty products
P21 = {"schema": "annex/v1", "appendix": "03", "title": "DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ, PHÁT TRIỂN CHÍNH QUYỀN SỐ NĂM 2026",
 "subtitle": "(Kèm theo Kế hoạch số 57/KH-UBND ngày 20/01/2026 của UBND tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "deliverable", "timeframe"),
   ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Sản phẩm", "Thời gian hoàn thành"], [0.05, 0.34, 0.14, 0.18, 0.16, 0.13])],
 "items": [
  SK("I", "HẠ TẦNG SỐ",
    TU("1", "Nâng cấp mạng truyền số liệu chuyên dùng cấp II kết nối đến 100% UBND cấp xã", "Sở KH&CN", "VNPT tỉnh; Viettel tỉnh", "Hệ thống mạng được nâng cấp", "Quý II/2026"),
    TU("2", "Triển khai phủ sóng di động 4G/5G tại các thôn, bản chưa có sóng; bảo đảm hạ tầng cho chuyển đổi số cấp cơ sở", "Các doanh nghiệp viễn thông", "- Sở KH&CN;\n- UBND cấp xã", "", "Năm 2026"),
    TU("3", "Rà soát, bảo đảm an toàn thông tin cho các hệ thống thông tin theo cấp độ", "Công an tỉnh (PC06)", "Sở KH&CN; các sở, ban, ngành", "Hồ sơ đề xuất cấp độ được phê duyệt", "Tháng 9/2026")),
  SK("II", "DỮ LIỆU SỐ",
    TU("1", "Xây dựng, cập nhật cơ sở dữ liệu chuyên ngành; kết nối, chia sẻ với Cơ sở dữ liệu quốc gia về dân cư", "Các sở, ban, ngành", "Công an tỉnh; Sở KH&CN", "Cơ sở dữ liệu được kết nối", "Thường xuyên", subs=[
      TU("a)", "Cơ sở dữ liệu đất đai", "Sở NN&MT", "UBND cấp xã", "Dữ liệu đất đai được số hóa", "Quý IV/2026"),
      TU("b)", "Cơ sở dữ liệu hộ tịch, lý lịch tư pháp", "Sở Tư pháp", "Công an tỉnh", "", "Tháng 6/2026"),
      TU("c)", "Cơ sở dữ liệu cán bộ, công chức, viên chức", "Sở Nội vụ", "Các cơ quan, đơn vị", "Phần mềm quản lý hồ sơ", "Tháng 10/2026")]),
    TU("2", "Ban hành danh mục dữ liệu mở của tỉnh; công bố trên Cổng dữ liệu của tỉnh", "Sở KH&CN", "", "Quyết định của UBND tỉnh", "Quý III/2026\n(công bố trước 30/9)")),
  SK("III", "ỨNG DỤNG, DỊCH VỤ SỐ",
    TU("1", "Cung cấp dịch vụ công trực tuyến toàn trình; tỷ lệ hồ sơ trực tuyến đạt trên 80%", "Văn phòng UBND tỉnh", "- Các sở, ban, ngành;\n- UBND cấp xã;\n- Bưu điện tỉnh", "Báo cáo định kỳ", "Hằng tháng"),
    TU("2", "Triển khai thanh toán không dùng tiền mặt trong trường học, bệnh viện, thu phí dịch vụ công", "Ngân hàng Nhà nước Khu vực", "Sở GD&ĐT; Sở Y tế; các ngân hàng thương mại", "Tỷ lệ giao dịch không dùng tiền mặt", "Năm 2026"),
    TU("3", "Vận hành Trung tâm giám sát, điều hành đô thị thông minh (IOC); mở rộng các dịch vụ giám sát giao thông, môi trường", "Sở KH&CN", "Công an tỉnh; Sở Xây dựng; Sở NN&MT", "IOC vận hành ổn định", "Thường xuyên")),
  SK("IV", "NHÂN LỰC SỐ",
    TU("1", "Tập huấn kỹ năng số cho cán bộ, công chức cấp xã và thành viên Tổ công nghệ số cộng đồng", "Sở KH&CN", "Sở Nội vụ; UBND cấp xã", "Lớp tập huấn", "Quý I - II/2026"),
    TU("2", "Tổ chức phong trào \"Bình dân học vụ số\" trong các cơ quan, đơn vị và cộng đồng dân cư", "Tỉnh đoàn", "Ủy ban MTTQ Việt Nam tỉnh; Sở GD&ĐT", "", "Từ tháng 3/2026"))]}
# twenty-two: a ministry's plan: units of a ministry (Vụ, Cục), no product column, "Nội dung công việc",
# content with "(1) …; (2) …" items, tasks numbered on across sections, "Thời hạn hoàn thành", notes mostly empty
N22 = T17  # the seventeenth's rows: time, then notes
P22 = {"schema": "annex/v1", "appendix": "", "title": "PHÂN CÔNG NHIỆM VỤ THỰC HIỆN CHƯƠNG TRÌNH CẢI CÁCH HÀNH CHÍNH CỦA BỘ NĂM 2026",
 "subtitle": "(Ban hành kèm theo Quyết định số 412/QĐ-BNV ngày 15/02/2026 của Bộ trưởng Bộ Nội vụ)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "note"),
   ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn hoàn thành", "Ghi chú"], [0.05, 0.4, 0.14, 0.17, 0.13, 0.11])],
 "items": [
  SK("I", "CẢI CÁCH THỂ CHẾ",
    N22("1", "Xây dựng, trình ban hành các văn bản quy phạm pháp luật theo Chương trình công tác năm 2026 của Bộ: (1) Thông tư hướng dẫn về vị trí việc làm; (2) Thông tư quy định chế độ báo cáo thống kê ngành Nội vụ", "Vụ Pháp chế", "Các Vụ, Cục có liên quan", "Tháng 11/2026"),
    N22("2", "Rà soát, hệ thống hóa văn bản quy phạm pháp luật thuộc phạm vi quản lý nhà nước của Bộ", "Vụ Pháp chế", "Các đơn vị thuộc Bộ", "Tháng 12/2026", "Công bố kết quả rà soát"),
    N22("3", "Kiểm tra, xử lý văn bản quy phạm pháp luật do địa phương ban hành có nội dung liên quan đến ngành Nội vụ", "Vụ Pháp chế", "Vụ Chính quyền địa phương", "Thường xuyên")),
  SK("II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
    N22("4", "Rà soát, đơn giản hóa thủ tục hành chính; cắt giảm ít nhất 20% chi phí tuân thủ", "Văn phòng Bộ", "Các Vụ, Cục", "Quý III/2026"),
    N22("5", "Công bố, công khai thủ tục hành chính trên Cơ sở dữ liệu quốc gia về thủ tục hành chính", "Văn phòng Bộ", "", "Trong vòng 05 ngày làm việc kể từ ngày ký quyết định công bố"),
    N22("6", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực", "Trung tâm Công nghệ thông tin", "Văn phòng Bộ; các đơn vị có thủ tục hành chính", "Năm 2026", "Bảo đảm 100% hồ sơ")),
  SK("III", "CẢI CÁCH TỔ CHỨC BỘ MÁY VÀ CÔNG VỤ",
    N22("7", "Hoàn thiện quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của các đơn vị thuộc Bộ", "Vụ Tổ chức cán bộ", "Các đơn vị thuộc Bộ", "Quý II/2026"),
    N22("8", "Thực hiện đánh giá, xếp loại chất lượng công chức, viên chức theo kết quả, sản phẩm cụ thể", "Vụ Tổ chức cán bộ", "Thủ trưởng các đơn vị", "Tháng 12/2026", "", subs=[
      N22("a", "Ban hành bộ tiêu chí đánh giá theo vị trí việc làm", "Vụ Tổ chức cán bộ", "Các đơn vị thuộc Bộ", "Tháng 4/2026"),
      N22("b", "Thí điểm đánh giá trên phần mềm tại ba đơn vị", "Trung tâm Công nghệ thông tin", "Vụ Tổ chức cán bộ", "Quý III/2026", "Nhân rộng năm 2027")]),
    N22("9", "Tổ chức thi tuyển, xét tuyển công chức, viên chức; thi nâng ngạch, thăng hạng theo quy định", "Vụ Tổ chức cán bộ", "Hội đồng thi", "Theo kế hoạch được duyệt")),
  SK("IV", "KIỂM TRA, THÔNG TIN, BÁO CÁO",
    N22("10", "Kiểm tra công tác cải cách hành chính tại các đơn vị thuộc Bộ và một số địa phương", "Vụ Cải cách hành chính", "Thanh tra Bộ; Văn phòng Bộ", "Quý III, Quý IV/2026"),
    N22("11", "Báo cáo kết quả thực hiện cải cách hành chính quý, 6 tháng, năm", "Vụ Cải cách hành chính", "Các đơn vị thuộc Bộ", "Trước ngày 15 của tháng cuối quý", "Gửi qua Hệ thống báo cáo của Bộ"))]}

# twenty-three: a provincial Party committee's plan; sections "I." and tasks "1." printed with dots, a
# "Hình thức văn bản" column (the product), the Party's units ("Ban Tổ chức Tỉnh ủy"), sentence-case sections
def T23(n, content, lead, coord, time, form, subs=()):
    d = {"kind": "task", "number": n, "content": content, "lead": lead, "coordinating": coord, "timeframe": time,
         "deliverable": form}
    if subs: d["items"] = list(subs)
    return d
P23 = {"schema": "annex/v1", "appendix": "", "title": "DANH MỤC CÔNG VIỆC TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ TỈNH NĂM 2026",
 "subtitle": "(Kèm theo Kế hoạch số 12-KH/TU ngày 05/01/2026 của Ban Thường vụ Tỉnh ủy)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "deliverable"),
   ["TT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Hình thức văn bản"], [0.05, 0.37, 0.15, 0.17, 0.13, 0.13])],
 "items": [
  SK("I.", "Công tác tuyên truyền, quán triệt",
    T23("1.", "Tổ chức hội nghị học tập, quán triệt Nghị quyết Đại hội Đảng bộ tỉnh cho cán bộ chủ chốt của tỉnh", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Văn phòng Tỉnh ủy; Trường Chính trị tỉnh", "Tháng 02/2026", "Hội nghị"),
    T23("2.", "Biên soạn tài liệu hỏi - đáp về Nghị quyết; tuyên truyền trên báo chí, mạng xã hội", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Báo và Phát thanh, Truyền hình tỉnh", "Quý I/2026", "Tài liệu; tin, bài")),
  SK("II.", "Cụ thể hóa Nghị quyết",
    T23("3.", "Xây dựng Chương trình hành động thực hiện Nghị quyết Đại hội nhiệm kỳ 2025 - 2030", "Văn phòng Tỉnh ủy", "Các ban đảng Tỉnh ủy; Đảng ủy Ủy ban nhân dân tỉnh", "Tháng 3/2026", "Chương trình"),
    T23("4.", "Ban hành nghị quyết chuyên đề về phát triển kinh tế tư nhân, khoa học công nghệ và chuyển đổi số", "Đảng ủy Ủy ban nhân dân tỉnh", "Ban Chính sách, chiến lược Tỉnh ủy", "Năm 2026 và các năm tiếp theo", "Nghị quyết", subs=[
      T23("4.1.", "Nghị quyết về phát triển kinh tế tư nhân", "Đảng ủy Ủy ban nhân dân tỉnh", "Sở Tài chính", "Quý II/2026", "Nghị quyết"),
      T23("4.2.", "Nghị quyết về khoa học, công nghệ, đổi mới sáng tạo", "Đảng ủy Ủy ban nhân dân tỉnh", "Sở Khoa học và Công nghệ", "Quý III/2026", "Nghị quyết")]),
    T23("5.", "Rà soát, bổ sung quy hoạch cán bộ lãnh đạo, quản lý các cấp", "Ban Tổ chức Tỉnh ủy", "Các đảng bộ trực thuộc", "Tháng 6/2026", "Quyết định")),
  SK("III.", "Kiểm tra, giám sát và sơ kết",
    T23("6.", "Kiểm tra, giám sát việc triển khai thực hiện Nghị quyết tại các đảng bộ trực thuộc", "Ủy ban Kiểm tra Tỉnh ủy", "Các ban đảng Tỉnh ủy", "Hằng năm", "Thông báo kết luận"),
    T23("7.", "Sơ kết giữa nhiệm kỳ việc thực hiện Nghị quyết", "Văn phòng Tỉnh ủy", "Các cơ quan tham mưu, giúp việc Tỉnh ủy", "Quý IV/2027", "Báo cáo sơ kết"))]}
# twenty-four: a commune's plan; "Bộ phận chủ trì" / "Bộ phận phối hợp", the time before the coordinating
# units, a notes column, content with "+" items, tasks numbered on, a commune's units
def T24(n, content, lead, time, coord, note="", subs=()):
    d = {"kind": "task", "number": n, "content": content, "lead": lead, "timeframe": time, "coordinating": coord, "note": note}
    if subs: d["items"] = list(subs)
    return d
P24 = {"schema": "annex/v1", "appendix": "01", "title": "KẾ HOẠCH THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH VÀ CHUYỂN ĐỔI SỐ CỦA XÃ NĂM 2026",
 "subtitle": "(Kèm theo Kế hoạch số 09/KH-UBND ngày 10/01/2026 của Ủy ban nhân dân xã)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "timeframe", "coordinating", "note"),
   ["STT", "Nội dung thực hiện", "Bộ phận chủ trì", "Thời gian thực hiện", "Bộ phận phối hợp", "Ghi chú"], [0.05, 0.38, 0.15, 0.13, 0.17, 0.12])],
 "items": [
  SK("I", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
    T24("1", "Niêm yết công khai thủ tục hành chính tại Bộ phận Một cửa:\n+ Cập nhật thủ tục mới được công bố;\n+ Bãi bỏ thủ tục hết hiệu lực", "Công chức Văn phòng - Thống kê", "Thường xuyên", "Công chức Tư pháp - Hộ tịch"),
    T24("2", "Giải quyết hồ sơ đúng hạn, không để tồn đọng; xin lỗi người dân khi trễ hẹn", "Bộ phận Một cửa", "Thường xuyên", "Các công chức chuyên môn", "Tỷ lệ đúng hạn trên 98%"),
    T24("3", "Tiếp nhận, xử lý phản ánh, kiến nghị của người dân về quy định hành chính", "Văn phòng HĐND và UBND xã", "Trong ngày làm việc", "Công chức chuyên môn liên quan")),
  SK("II", "CHUYỂN ĐỔI SỐ",
    T24("4", "Hướng dẫn người dân cài đặt, sử dụng ứng dụng VNeID, dịch vụ công trực tuyến", "Công an xã", "Tháng 01 - 6/2026", "Tổ công nghệ số cộng đồng; Đoàn Thanh niên xã", "", subs=[
      T24("a", "Tổ chức các đợt cao điểm tại thôn", "Trưởng thôn", "Quý I/2026", "Đoàn Thanh niên xã"),
      T24("b", "Hỗ trợ người cao tuổi, người khuyết tật", "Hội Người cao tuổi xã", "Thường xuyên", "Hội Chữ thập đỏ xã")]),
    T24("5", "Số hóa hồ sơ hộ tịch, chứng thực lưu trữ tại xã", "Công chức Tư pháp - Hộ tịch", "Năm 2026", "Công chức Văn phòng - Thống kê", "Theo hướng dẫn của Sở Tư pháp")),
  SK("III", "KIỂM TRA, BÁO CÁO",
    T24("6", "Tự kiểm tra công tác cải cách hành chính tại các bộ phận", "Chủ tịch UBND xã", "Quý III/2026", "Các công chức"),
    T24("7", "Báo cáo kết quả thực hiện gửi UBND tỉnh (qua Sở Nội vụ)", "Công chức Văn phòng - Thống kê", "Trước ngày 15/6 và 15/12", "Các bộ phận liên quan"))]}

# twenty-five: a provincial health department's plan; letter parts A/B over roman sections, tasks "1.1"
# straight under sections, "Tiến độ thực hiện" time, "Kết quả cần đạt" product, "Kinh phí thực hiện"
# funding, content with "(1) …; (2) …" items, units with brackets "(CDC)"
def T25(n, content, lead, coord, result, money, time, subs=()):
    d = {"kind": "task", "number": n, "content": content, "lead": lead, "coordinating": coord,
         "deliverable": result, "funding": money, "timeframe": time}
    if subs: d["items"] = list(subs)
    return d
P25 = {"schema": "annex/v1", "appendix": "I", "title": "CÁC HOẠT ĐỘNG CHỦ YẾU THỰC HIỆN KẾ HOẠCH PHÒNG, CHỐNG DỊCH BỆNH TRÊN ĐỊA BÀN TỈNH NĂM 2026",
 "subtitle": "(Ban hành kèm theo Kế hoạch số 215/KH-SYT ngày 20/01/2026 của Sở Y tế)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "deliverable", "funding", "timeframe"),
   ["TT", "Hoạt động", "Đơn vị thực hiện", "Đơn vị phối hợp", "Kết quả cần đạt", "Kinh phí thực hiện", "Tiến độ thực hiện"], [0.05, 0.30, 0.14, 0.15, 0.13, 0.11, 0.12])],
 "items": [
  SK("A", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", kind="part", *[
   SK("I", "Kiện toàn tổ chức",
    T25("1.1", "Kiện toàn Ban Chỉ đạo phòng, chống dịch bệnh cấp tỉnh; phân công nhiệm vụ cho các thành viên", "Sở Y tế", "Các sở, ngành là thành viên Ban Chỉ đạo", "Quyết định kiện toàn", "Không", "Tháng 01/2026"),
    T25("1.2", "Thành lập các đội đáp ứng nhanh: (1) đội điều tra dịch tễ; (2) đội xử lý ổ dịch; (3) đội cấp cứu lưu động", "Trung tâm Kiểm soát bệnh tật tỉnh (CDC)", "Bệnh viện Đa khoa tỉnh; Trung tâm Y tế các huyện, thị xã, thành phố", "03 đội được thành lập, tập huấn", "Ngân sách tỉnh", "Quý I/2026")),
   SK("II", "Xây dựng kế hoạch, văn bản hướng dẫn",
    T25("2.1", "Xây dựng kế hoạch đáp ứng với từng cấp độ dịch; hướng dẫn các đơn vị xây dựng phương án tại chỗ", "Phòng Nghiệp vụ Y", "Trung tâm Kiểm soát bệnh tật tỉnh (CDC)", "Kế hoạch được phê duyệt", "Không", "Tháng 02/2026"),
    T25("2.2", "Ban hành hướng dẫn giám sát, phát hiện sớm các bệnh truyền nhiễm mới nổi, tái nổi", "Trung tâm Kiểm soát bệnh tật tỉnh (CDC)", "Các bệnh viện tuyến tỉnh", "Văn bản hướng dẫn", "Không", "Quý I/2026"))]),
  SK("B", "CÔNG TÁC CHUYÊN MÔN", kind="part", *[
   SK("I", "Giám sát, phòng bệnh",
    T25("1.1", "Giám sát chủ động tại cửa khẩu, cảng biển, bến xe, nhà ga; lấy mẫu xét nghiệm các trường hợp nghi ngờ", "Trung tâm Kiểm soát bệnh tật tỉnh (CDC)", "Công an tỉnh; Bộ đội Biên phòng tỉnh; Cảng vụ Hàng hải", "100% trường hợp nghi ngờ được lấy mẫu", "Ngân sách tỉnh; Dự án Trung ương", "Thường xuyên"),
    T25("1.2", "Tiêm chủng mở rộng: (1) bảo đảm tỷ lệ tiêm đủ mũi cho trẻ dưới 1 tuổi; (2) tiêm bù, tiêm vét tại vùng sâu, vùng xa", "Trung tâm Y tế các huyện, thị xã, thành phố", "Trạm Y tế xã, phường; Ủy ban nhân dân các xã, phường", "Tỷ lệ tiêm chủng đầy đủ đạt trên 95%", "Chương trình mục tiêu", "Hằng tháng"),
    T25("1.3", "Truyền thông phòng bệnh trên các phương tiện thông tin đại chúng, mạng xã hội", "Trung tâm Kiểm soát bệnh tật tỉnh (CDC)", "Báo và Phát thanh, Truyền hình tỉnh; Sở Văn hóa, Thể thao và Du lịch", "Tin, bài, phóng sự", "Ngân sách tỉnh", "Quý II - Quý IV/2026")),
   SK("II", "Điều trị, hậu cần",
    T25("2.1", "Chuẩn bị giường bệnh, khu cách ly, thuốc, vật tư, hóa chất bảo đảm thu dung, điều trị khi dịch xảy ra", "Bệnh viện Đa khoa tỉnh", "Bệnh viện Bệnh nhiệt đới tỉnh; Trung tâm Y tế các huyện", "Cơ số thuốc, vật tư theo quy định", "Ngân sách tỉnh; nguồn thu sự nghiệp", "Trước mùa dịch"),
    T25("2.2", "Kiểm tra, đánh giá công tác phòng, chống dịch tại các đơn vị; sơ kết 6 tháng, tổng kết năm", "Sở Y tế", "Sở Tài chính; các đơn vị liên quan", "Báo cáo sơ kết, tổng kết", "Không", "Tháng 6 và tháng 12/2026"))])]}
# twenty-six: a ministry's plan for its universities; dotted subsections "II.1", tasks numbered on
# across sections, "Nhiệm vụ cụ thể", "Sản phẩm đầu ra", "Thời hạn hoàn thành", a notes column
def T26(n, content, lead, coord, prod, time, note="", subs=()):
    d = {"kind": "task", "number": n, "content": content, "lead": lead, "coordinating": coord,
         "deliverable": prod, "timeframe": time, "note": note}
    if subs: d["items"] = list(subs)
    return d
P26 = {"schema": "annex/v1", "appendix": "", "title": "NHIỆM VỤ TRIỂN KHAI CHƯƠNG TRÌNH NÂNG CAO CHẤT LƯỢNG GIÁO DỤC ĐẠI HỌC GIAI ĐOẠN 2026 - 2030",
 "subtitle": "(Kèm theo Quyết định số 1024/QĐ-BGDĐT ngày 15/4/2026 của Bộ trưởng Bộ Giáo dục và Đào tạo)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "deliverable", "timeframe", "note"),
   ["TT", "Nhiệm vụ cụ thể", "Đơn vị chủ trì", "Đơn vị phối hợp", "Sản phẩm đầu ra", "Thời hạn hoàn thành", "Ghi chú"], [0.05, 0.31, 0.14, 0.16, 0.13, 0.12, 0.09])],
 "items": [
  SK("I", "HOÀN THIỆN THỂ CHẾ",
    T26("1", "Xây dựng Thông tư quy định chuẩn chương trình đào tạo các trình độ của giáo dục đại học", "Vụ Giáo dục Đại học", "Vụ Pháp chế; Cục Quản lý chất lượng", "Thông tư", "Năm 2026"),
    T26("2", "Sửa đổi quy chế tuyển sinh đại học theo hướng tăng tự chủ, giảm áp lực thi cử", "Vụ Giáo dục Đại học", "Cục Quản lý chất lượng; các cơ sở giáo dục đại học", "Thông tư sửa đổi", "Tháng 12 hằng năm", "Thực hiện hằng năm")),
  SK("II", "NÂNG CAO NĂNG LỰC CƠ SỞ ĐÀO TẠO",
   SK("II.1", "Đội ngũ giảng viên",
    T26("3", "Xây dựng đề án đào tạo tiến sĩ cho giảng viên các trường đại học giai đoạn 2026 - 2030", "Cục Nhà giáo và Cán bộ quản lý giáo dục", "Vụ Kế hoạch - Tài chính; Bộ Tài chính", "Đề án trình Thủ tướng Chính phủ", "Quý III/2026"),
    T26("4", "Bồi dưỡng năng lực giảng dạy bằng tiếng Anh, ứng dụng công nghệ số cho giảng viên", "Các cơ sở giáo dục đại học", "Cục Nhà giáo và Cán bộ quản lý giáo dục", "Giảng viên được bồi dưỡng", "2026 - 2030", "Báo cáo kết quả hằng năm"), kind="subsection"),
   SK("II.2", "Cơ sở vật chất, học liệu",
    T26("5", "Đầu tư phòng thí nghiệm trọng điểm, trung tâm học liệu số dùng chung", "Vụ Kế hoạch - Tài chính", "Các đại học quốc gia, đại học vùng", "Danh mục dự án đầu tư", "Giai đoạn 2026 - 2030"),
    T26("6", "Xây dựng kho học liệu mở quốc gia; hướng dẫn chia sẻ học liệu giữa các trường", "Cục Khoa học, Công nghệ và Thông tin", "Vụ Giáo dục Đại học; các cơ sở giáo dục đại học", "Kho học liệu vận hành", "Trước 31/12/2027"), kind="subsection")),
  SK("III", "KIỂM ĐỊNH VÀ ĐÁNH GIÁ",
    T26("7", "Kiểm định chất lượng cơ sở giáo dục và chương trình đào tạo theo chu kỳ", "Cục Quản lý chất lượng", "Các tổ chức kiểm định chất lượng giáo dục", "Kết quả kiểm định công bố công khai", "Thường xuyên"),
    T26("8", "Sơ kết 3 năm thực hiện Chương trình; đề xuất điều chỉnh mục tiêu, giải pháp", "Vụ Giáo dục Đại học", "Các vụ, cục liên quan", "Báo cáo sơ kết", "Quý IV/2028", "Trình Lãnh đạo Bộ"))]}

# twenty-seven: a provincial police force's plan; "Lực lượng chủ trì" / "Lực lượng phối hợp", a notes
# column, bullet paragraphs in content, waves of time ("Đợt 1: …"), sub-tasks a, b
def T27(n, content, lead, coord, time, note="", subs=()):
    d = {"kind": "task", "number": n, "content": content, "lead": lead, "coordinating": coord, "timeframe": time, "note": note}
    if subs: d["items"] = list(subs)
    return d
P27 = {"schema": "annex/v1", "appendix": "02", "title": "PHÂN CÔNG NHIỆM VỤ CAO ĐIỂM TẤN CÔNG, TRẤN ÁP TỘI PHẠM, BẢO ĐẢM AN NINH TRẬT TỰ NĂM 2026",
 "subtitle": "(Kèm theo Kế hoạch số 77/KH-CAT ngày 12/01/2026 của Công an tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "note"),
   ["STT", "Nội dung công việc", "Lực lượng chủ trì", "Lực lượng phối hợp", "Thời gian", "Ghi chú"], [0.05, 0.36, 0.16, 0.18, 0.13, 0.12])],
 "items": [
  SK("I", "CÔNG TÁC NẮM TÌNH HÌNH",
    T27("1", "Nắm chắc tình hình an ninh nông thôn, an ninh tôn giáo, dân tộc; kịp thời phát hiện, xử lý các vụ việc phức tạp từ cơ sở", "Phòng An ninh đối nội", "Công an các huyện, thị xã, thành phố", "Thường xuyên"),
    T27("2", "Rà soát, lập danh sách đối tượng:\n- Đối tượng truy nã, trốn thi hành án;\n- Đối tượng nghiện ma túy ngoài cộng đồng", "Phòng Cảnh sát hình sự", "Phòng Cảnh sát điều tra tội phạm về ma túy; Công an cấp xã", "Tháng 01/2026", "Cập nhật hằng tháng")),
  SK("II", "CAO ĐIỂM TẤN CÔNG TRẤN ÁP TỘI PHẠM",
    T27("3", "Mở đợt cao điểm tấn công, trấn áp tội phạm trước, trong và sau Tết Nguyên đán", "Phòng Cảnh sát hình sự", "Phòng Cảnh sát cơ động; Công an các huyện, thị xã, thành phố", "Đợt 1: từ 15/01 đến 28/02/2026", "", subs=[
      T27("a", "Tuần tra, kiểm soát tại các tuyến, địa bàn trọng điểm", "Phòng Cảnh sát cơ động", "Bộ Chỉ huy Quân sự tỉnh", "Ban đêm, ngày lễ"),
      T27("b", "Triệt phá các ổ nhóm cờ bạc, cho vay nặng lãi", "Phòng Cảnh sát hình sự", "Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao", "Đợt 1 và đợt 2")]),
    T27("4", "Kiểm tra, xử lý vi phạm về trật tự an toàn giao thông, tập trung nồng độ cồn, tốc độ, chở quá tải", "Phòng Cảnh sát giao thông", "Công an các huyện, thị xã, thành phố; Thanh tra Sở Xây dựng", "Đợt 2: tháng 4 - 6/2026", "Báo cáo kết quả sau mỗi đợt")),
  SK("III", "XÂY DỰNG PHONG TRÀO TOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC",
    T27("5", "Xây dựng, nhân rộng các mô hình tự quản về an ninh trật tự ở khu dân cư", "Phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh; Hội Cựu chiến binh tỉnh", "Năm 2026"),
    T27("6", "Sơ kết, khen thưởng tập thể, cá nhân có thành tích xuất sắc", "Phòng Tổ chức cán bộ", "Các đơn vị nghiệp vụ", "Tháng 12/2026", "Đề nghị Giám đốc Công an tỉnh"))]}
# twenty-eight: a forest protection plan with a location column (extra) and funding in millions; letter
# parts "A." / "B." with roman sections "I.", tasks printed "1.", sub-tasks "a)"
def T28(n, content, place, lead, coord, money, time, subs=()):
    d = {"kind": "task", "number": n, "content": content, "extra": {"Địa điểm": place}, "lead": lead, "coordinating": coord,
         "funding": money, "timeframe": time}
    if subs: d["items"] = list(subs)
    return d
P28 = {"schema": "annex/v1", "appendix": "III", "title": "DANH MỤC NHIỆM VỤ BẢO VỆ VÀ PHÁT TRIỂN RỪNG NĂM 2026",
 "subtitle": "(Ban hành kèm theo Quyết định số 310/QĐ-UBND ngày 02/02/2026 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "extra", "lead", "coordinating", "funding", "timeframe"),
   ["TT", "Nội dung", "Địa điểm", "Cơ quan chủ trì", "Cơ quan phối hợp", "Kinh phí (triệu đồng)", "Thời gian thực hiện"], [0.05, 0.29, 0.12, 0.15, 0.16, 0.10, 0.13])],
 "items": [
  SK("A.", "BẢO VỆ RỪNG", kind="part", *[
   SK("I.", "Phòng cháy, chữa cháy rừng",
    T28("1.", "Xây dựng phương án phòng cháy, chữa cháy rừng cho các vùng trọng điểm", "Các huyện miền núi", "Chi cục Kiểm lâm", "Ủy ban nhân dân các huyện", "350", "Quý I/2026"),
    T28("2.", "Đầu tư trang thiết bị, chòi canh lửa, đường băng cản lửa", "Khu bảo tồn thiên nhiên", "Ban Quản lý rừng phòng hộ", "Hạt Kiểm lâm sở tại", "2.400", "Năm 2026", subs=[
      T28("a)", "Chòi canh lửa", "Khu bảo tồn thiên nhiên", "Ban Quản lý rừng phòng hộ", "Hạt Kiểm lâm sở tại", "900", "Quý II/2026"),
      T28("b)", "Đường băng cản lửa", "Rừng phòng hộ đầu nguồn", "Ban Quản lý rừng phòng hộ", "Ủy ban nhân dân các xã có rừng", "1.500", "Quý III/2026")])),
   SK("II.", "Tuần tra, kiểm soát",
    T28("3.", "Tuần tra, truy quét chống khai thác, vận chuyển lâm sản trái phép", "Vùng giáp ranh", "Chi cục Kiểm lâm", "Công an tỉnh; Bộ Chỉ huy Quân sự tỉnh", "500", "Thường xuyên"))]),
  SK("B.", "PHÁT TRIỂN RỪNG", kind="part", *[
   SK("I.", "Trồng rừng",
    T28("4.", "Trồng mới rừng tập trung bằng cây bản địa kết hợp cây lâm sản ngoài gỗ", "Các huyện miền núi", "Sở Nông nghiệp và Môi trường", "Trung tâm Khuyến nông; các doanh nghiệp lâm nghiệp", "8.000", "Mùa mưa năm 2026"),
    T28("5.", "Cấp chứng chỉ quản lý rừng bền vững cho các chủ rừng là tổ chức", "Toàn tỉnh", "Sở Nông nghiệp và Môi trường", "Các chủ rừng", "1.200", "2026 - 2027"))])]}

# the twenty-sixth again under a header of two rows (Chromium only: "groupHead"
# is ../rerender/render.py's): "Đơn vị thực hiện" over "Chủ trì" and "Phối hợp"
P26G = json.loads(json.dumps(P26))
for c in P26G["columns"]:
    c["header"] = {"lead": "Chủ trì", "coordinating": "Phối hợp"}.get(c["key"], c["header"])
P26G["groupHead"] = {"header": "Đơn vị thực hiện", "keys": ["lead", "coordinating"]}

# twenty-nine: a poverty reduction programme's tasks under "Nội dung hoạt động", "Cơ quan chủ trì thực hiện"
# and "Cơ quan phối hợp thực hiện", the time before the product, a title naming "MỤC TIÊU", items
# "(1) …; (2) …" and "+ " bullets, tasks numbered again in each section, sub-tasks "a)"
# tasker makes a task builder for the columns keys name, in their order
# after the number ("extra:HEAD" for an extra column); a builder takes the
# number, one value per key (the last may be left out, as ""), and subs=.
# Keys come out in the order given, after "kind" and "number".
def tasker(*keys):
    def build(n, *values, subs=()):
        values = list(values) + [""] * (len(keys) - len(values))
        d = {"kind": "task", "number": n}
        for k, v in zip(keys, values):
            if k.startswith("extra:"):
                d.setdefault("extra", {})[k[6:]] = v
            else:
                d[k] = v
        if subs: d["items"] = list(subs)
        return d
    return build
T29 = tasker("content", "lead", "coordinating", "timeframe", "deliverable")
P29 = {"schema": "annex/v1", "appendix": "01", "title": "DANH MỤC CÁC NHIỆM VỤ THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIẢM NGHÈO BỀN VỮNG NĂM 2026",
 "subtitle": "(Kèm theo Kế hoạch số 129/KH-UBND ngày 20/02/2026 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "deliverable"),
   ["STT", "Nội dung hoạt động", "Cơ quan chủ trì thực hiện", "Cơ quan phối hợp thực hiện", "Thời hạn hoàn thành", "Sản phẩm"], [0.05, 0.35, 0.16, 0.17, 0.13, 0.14])],
 "items": [
  SK("I", "Hỗ trợ phát triển sản xuất, đa dạng hóa sinh kế",
    T29("1", "Xây dựng và nhân rộng các mô hình giảm nghèo gắn với chuỗi giá trị sản phẩm nông nghiệp chủ lực của địa phương: (1) chăn nuôi bò sinh sản; (2) trồng cây dược liệu dưới tán rừng; (3) nuôi ong lấy mật", "Sở Nông nghiệp và Môi trường", "Ủy ban nhân dân các xã; Hội Nông dân tỉnh", "Quý III/2026", "Các mô hình được phê duyệt và triển khai"),
    T29("2", "Hỗ trợ vốn vay ưu đãi cho hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo để phát triển sản xuất, kinh doanh", "Ngân hàng Chính sách xã hội chi nhánh tỉnh", "Hội Liên hiệp Phụ nữ tỉnh; Hội Cựu chiến binh tỉnh; Tỉnh Đoàn", "Thường xuyên", "Số hộ được vay vốn"),
    T29("3", "Tập huấn chuyển giao khoa học kỹ thuật cho người dân vùng đồng bào dân tộc thiểu số", "Trung tâm Khuyến nông tỉnh", "", "Tháng 5 và tháng 9/2026", "Các lớp tập huấn", subs=[
      T29("a)", "Kỹ thuật canh tác lúa, ngô theo hướng hữu cơ", "Trung tâm Khuyến nông tỉnh", "Phòng Kinh tế các xã", "Vụ Đông Xuân", "Tài liệu tập huấn"),
      T29("b)", "Kỹ thuật phòng, chống dịch bệnh trên gia súc, gia cầm", "Chi cục Chăn nuôi và Thú y", "Ủy ban nhân dân các xã", "Trước mùa mưa", "")])),
  SK("II", "Hỗ trợ việc làm bền vững và giáo dục nghề nghiệp",
    T29("1", "Kết nối cung - cầu lao động; tổ chức phiên giao dịch việc làm lưu động tại các xã có tỷ lệ hộ nghèo cao\n+ Tư vấn, giới thiệu việc làm trong nước;\n+ Đưa người lao động đi làm việc ở nước ngoài theo hợp đồng", "Sở Nội vụ", "Trung tâm Dịch vụ việc làm tỉnh; Liên đoàn Lao động tỉnh", "Hằng quý", "Số lao động có việc làm mới"),
    T29("2", "Đào tạo nghề trình độ sơ cấp, đào tạo dưới 03 tháng cho lao động nông thôn thuộc hộ nghèo", "Các cơ sở giáo dục nghề nghiệp", "Sở Nội vụ; Ủy ban nhân dân các xã", "Năm 2026", "Người lao động được cấp chứng chỉ"),
    T29("3", "Hỗ trợ học sinh thuộc hộ nghèo miễn, giảm học phí và chi phí học tập theo quy định", "Sở Giáo dục và Đào tạo", "Sở Tài chính", "Theo năm học", "Quyết định hỗ trợ")),
  SK("III", "Hỗ trợ nhà ở, nước sinh hoạt và y tế cho hộ nghèo",
    T29("1", "Xóa nhà tạm, nhà dột nát cho hộ nghèo, hộ cận nghèo trên địa bàn tỉnh", "Sở Xây dựng", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh; Ủy ban nhân dân các xã, phường", "Trước 30/9/2026", "1.250 căn nhà được xây mới, sửa chữa"),
    T29("2", "Cấp thẻ bảo hiểm y tế cho người thuộc hộ nghèo, hộ cận nghèo; hỗ trợ chi phí khám, chữa bệnh cho người có hoàn cảnh khó khăn", "Bảo hiểm xã hội tỉnh", "Sở Y tế; Sở Tài chính", "Đầu năm 2026", "Thẻ bảo hiểm y tế được cấp")),
  SK("IV", "Truyền thông và giảm nghèo về thông tin; giám sát, đánh giá",
    T29("1", "Tuyên truyền, nâng cao nhận thức của người dân về chính sách giảm nghèo; biểu dương điển hình thoát nghèo", "Sở Văn hóa, Thể thao và Du lịch", "Báo và Phát thanh, Truyền hình tỉnh", "Cả năm", "Chuyên trang, chuyên mục"),
    T29("2", "Rà soát hộ nghèo, hộ cận nghèo cuối năm theo chuẩn nghèo đa chiều", "Ủy ban nhân dân các xã, phường", "Sở Nội vụ; Cục Thống kê tỉnh", "Tháng 10 - 12/2026", "Quyết định công nhận kết quả rà soát"),
    T29("3", "Kiểm tra, giám sát việc thực hiện Chương trình tại các địa phương; tổng hợp báo cáo Ban Chỉ đạo các Chương trình mục tiêu quốc gia", "Sở Dân tộc và Tôn giáo", "Các sở, ngành thành viên Ban Chỉ đạo", "Định kỳ 6 tháng, năm", "Báo cáo giám sát"))]}

# thirty: a rural water supply plan, seven columns with "Cơ quan thực hiện", "Kết quả đầu ra" and
# funding in millions last, tasks numbered on across sections, tasks "3.1" under task 3, a blank
# placeholder in the subtitle ("số       /QĐ-UBND ngày     tháng     năm 2026")
T30 = tasker("content", "lead", "coordinating", "deliverable", "timeframe", "funding")
P30 = {"schema": "annex/v1", "appendix": "", "title": "KẾ HOẠCH NHIỆM VỤ BẢO ĐẢM CẤP NƯỚC SẠCH NÔNG THÔN VÀ ỨNG PHÓ HẠN HÁN, XÂM NHẬP MẶN GIAI ĐOẠN 2026 - 2028",
 "subtitle": "(Ban hành kèm theo Quyết định số       /QĐ-UBND ngày     tháng     năm 2026 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "deliverable", "timeframe", "funding"),
   ["TT", "Nhiệm vụ", "Cơ quan thực hiện", "Cơ quan phối hợp", "Kết quả đầu ra", "Thời gian hoàn thành", "Dự kiến kinh phí (triệu đồng)"], [0.045, 0.29, 0.14, 0.15, 0.14, 0.12, 0.115])],
 "items": [
  SK("I", "QUY HOẠCH, KẾ HOẠCH VÀ CƠ CHẾ CHÍNH SÁCH",
    T30("1", "Rà soát, cập nhật phương án cấp nước sạch nông thôn trong Quy hoạch tỉnh", "Sở Nông nghiệp và Môi trường", "Sở Xây dựng; Sở Tài chính", "Phương án được cập nhật", "Quý II/2026", "500"),
    T30("2", "Ban hành cơ chế khuyến khích xã hội hóa đầu tư, quản lý, khai thác công trình cấp nước sạch nông thôn", "Sở Tài chính", "Sở Nông nghiệp và Môi trường; Sở Tư pháp", "Nghị quyết của Hội đồng nhân dân tỉnh", "Kỳ họp cuối năm 2026", "")),
  SK("II", "ĐẦU TƯ CÔNG TRÌNH CẤP NƯỚC",
    T30("3", "Đầu tư xây dựng mới, nâng cấp các nhà máy nước liên xã tại vùng thường xuyên bị hạn hán, xâm nhập mặn", "Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp tỉnh", "Ủy ban nhân dân các xã vùng hưởng lợi", "05 nhà máy nước", "2026 - 2028", "185.000", subs=[
      T30("3.1", "Nhà máy nước liên xã khu vực ven biển", "Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp tỉnh", "Ủy ban nhân dân các xã ven biển", "Công suất 5.000 m3/ngày đêm", "2026 - 2027", "72.000"),
      T30("3.2", "Mở rộng mạng đường ống cấp nước cho các cụm dân cư", "Công ty Cổ phần Cấp nước tỉnh", "Ủy ban nhân dân các xã", "120 km đường ống", "2027 - 2028", "113.000")]),
    T30("4", "Hỗ trợ hộ gia đình mua sắm dụng cụ trữ nước mưa (bồn, lu chứa nước) tại vùng khan hiếm nguồn nước", "Ủy ban nhân dân các xã", "Hội Liên hiệp Phụ nữ tỉnh", "3.000 hộ được hỗ trợ", "Mùa khô năm 2026", "9.000")),
  SK("III", "QUẢN LÝ, VẬN HÀNH VÀ ỨNG PHÓ HẠN MẶN",
    T30("5", "Quan trắc, cảnh báo độ mặn tại các cửa sông, cống lấy nước; thông báo kịp thời cho các đơn vị cấp nước", "Đài Khí tượng thủy văn tỉnh", "Chi cục Thủy lợi; Công ty TNHH MTV Khai thác công trình thủy lợi", "Bản tin cảnh báo độ mặn", "Từ tháng 12 đến tháng 5 năm sau", "1.200"),
    T30("6", "Xây dựng kịch bản, phương án cấp nước an toàn khi xảy ra hạn hán, xâm nhập mặn cực đoan", "Sở Nông nghiệp và Môi trường", "Sở Y tế; các đơn vị cấp nước", "Kế hoạch cấp nước an toàn", "Quý IV/2026", "350"),
    T30("7", "Kiểm tra chất lượng nước sạch tại các công trình cấp nước tập trung", "Sở Y tế", "", "Kết quả xét nghiệm mẫu nước", "Định kỳ hằng quý", "600"),
    T30("8", "Tổng kết, đánh giá kết quả thực hiện Kế hoạch", "Sở Nông nghiệp và Môi trường", "Các sở, ban, ngành; Ủy ban nhân dân các xã", "Báo cáo tổng kết", "Tháng 12/2028", "150"))]}

# thirty-one: a sea economy scheme's tasks under capitalised heads ("NHIỆM VỤ, GIẢI PHÁP"), the time
# before the product, abbreviated units ("Sở TN&MT", "Bộ CHQS tỉnh"), lists after a colon ("Các sở: …"),
# curly quotes in the title, a product "Cảng cá loại I"
T31 = tasker("content", "lead", "coordinating", "timeframe", "deliverable")
P31 = {"schema": "annex/v1", "appendix": "02", "title": "NHIỆM VỤ, GIẢI PHÁP THỰC HIỆN ĐỀ ÁN “PHÁT TRIỂN KINH TẾ BIỂN XANH GẮN VỚI BẢO ĐẢM QUỐC PHÒNG, AN NINH” ĐẾN NĂM 2030",
 "subtitle": "(Kèm theo Kế hoạch số 58/KH-UBND ngày 14/3/2026 của UBND tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "deliverable"),
   ["TT", "NHIỆM VỤ, GIẢI PHÁP", "CƠ QUAN CHỦ TRÌ", "CƠ QUAN PHỐI HỢP", "THỜI GIAN HOÀN THÀNH", "SẢN PHẨM"], [0.05, 0.37, 0.14, 0.18, 0.12, 0.14])],
 "items": [
  SK("I", "HOÀN THIỆN CƠ CHẾ, CHÍNH SÁCH",
    T31("1", "Rà soát, đề xuất sửa đổi quy hoạch không gian biển, quy hoạch sử dụng đất ven biển bảo đảm hài hòa giữa phát triển kinh tế và quốc phòng, an ninh", "Sở TN&MT", "Các sở: Xây dựng, Tài chính, Công Thương; Bộ CHQS tỉnh", "Quý III/2026", "Báo cáo rà soát, đề xuất"),
    T31("2", "Xây dựng chính sách hỗ trợ ngư dân chuyển đổi nghề khai thác gần bờ sang nuôi trồng, dịch vụ hậu cần nghề cá", "Sở NN&PTNT", "Sở Tài chính; UBND các huyện, thị xã ven biển", "2026-2027", "Nghị quyết HĐND tỉnh")),
  SK("II", "PHÁT TRIỂN CÁC NGÀNH KINH TẾ BIỂN",
    T31("3", "Đầu tư nâng cấp cảng cá, khu neo đậu tránh trú bão cho tàu cá kết hợp dịch vụ hậu cần nghề cá", "Ban QLDA đầu tư xây dựng tỉnh", "Sở NN&PTNT; Chi cục Thủy sản", "2026-2030", "Cảng cá, khu neo đậu được đưa vào sử dụng", subs=[
      T31("a", "Cảng cá Cửa Việt (giai đoạn 2)", "Ban QLDA đầu tư xây dựng tỉnh", "UBND huyện Gio Linh", "Năm 2027", "Cảng cá loại I"),
      T31("b", "Khu neo đậu tránh trú bão kết hợp cảng cá Cửa Tùng", "Ban QLDA đầu tư xây dựng tỉnh", "UBND huyện Vĩnh Linh", "Năm 2028", "Khu neo đậu cấp vùng")]),
    T31("4", "Phát triển du lịch biển, đảo gắn với bảo tồn di tích lịch sử và cảnh quan thiên nhiên; xây dựng sản phẩm du lịch đặc thù", "Sở VH-TT&DL", "Sở Xây dựng; Đài PT-TH tỉnh; các doanh nghiệp lữ hành", "Hằng năm", "Các sản phẩm du lịch mới"),
    T31("5", "Thu hút đầu tư các dự án điện gió ngoài khơi, nhà máy sản xuất hydro xanh tại khu kinh tế ven biển", "Ban Quản lý Khu kinh tế tỉnh", "Sở Công Thương; Sở Tài chính", "Theo tiến độ dự án", "Dự án được cấp chủ trương đầu tư")),
  SK("III", "BẢO VỆ MÔI TRƯỜNG BIỂN, ỨNG PHÓ BIẾN ĐỔI KHÍ HẬU",
    T31("6", "Quan trắc chất lượng nước biển ven bờ; kiểm soát các nguồn thải từ đất liền ra biển", "Sở TN&MT", "", "Định kỳ hằng quý", "Báo cáo kết quả quan trắc"),
    T31("7", "Trồng, phục hồi rừng phòng hộ ven biển, rừng ngập mặn; chống xói lở bờ biển", "Sở NN&PTNT", "UBND các huyện ven biển; Ban Quản lý rừng phòng hộ", "2026-2030", "Diện tích rừng được trồng mới, phục hồi")),
  SK("IV", "GẮN PHÁT TRIỂN KINH TẾ BIỂN VỚI QUỐC PHÒNG, AN NINH",
    T31("8", "Xây dựng lực lượng dân quân tự vệ biển, tổ đoàn kết trên biển; tham gia bảo vệ chủ quyền, an ninh vùng biển", "Bộ CHQS tỉnh", "Bộ CHBĐBP tỉnh; UBND các xã ven biển", "Thường xuyên", "Lực lượng được kiện toàn"),
    T31("9", "Sơ kết 3 năm, tổng kết thực hiện Đề án; báo cáo Tỉnh ủy, HĐND tỉnh", "Sở Kế hoạch và Đầu tư", "Các sở, ban, ngành; UBND các huyện, thị xã", "Quý IV/2028; Quý IV/2030", "Báo cáo sơ kết, tổng kết"))]}

# thirty-two: a ministry's list of schemes to submit, "Tên đề án, nhiệm vụ", an extra column "Cấp
# trình" and a notes column, sections and tasks printed with their dots, tasks "2.1." under task 2
T32 = tasker("content", "lead", "coordinating", "extra:Cấp trình", "timeframe", "note")
P32 = {"schema": "annex/v1", "appendix": "I", "title": "DANH MỤC ĐỀ ÁN, NHIỆM VỤ TRÌNH CẤP CÓ THẨM QUYỀN NĂM 2026 CỦA BỘ CÔNG THƯƠNG",
 "subtitle": "(Ban hành kèm theo Quyết định số 215/QĐ-BCT ngày 25 tháng 01 năm 2026 của Bộ trưởng Bộ Công Thương)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "extra", "timeframe", "note"),
   ["STT", "Tên đề án, nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Cấp trình", "Thời hạn trình", "Ghi chú"], [0.05, 0.32, 0.14, 0.16, 0.11, 0.11, 0.11])],
 "items": [
  SK("I.", "ĐỀ ÁN, VĂN BẢN QUY PHẠM PHÁP LUẬT",
    T32("1.", "Nghị định sửa đổi, bổ sung một số điều của Nghị định về kinh doanh xăng dầu", "Vụ Thị trường trong nước", "Vụ Pháp chế; Cục Điều tiết điện lực", "Chính phủ", "Tháng 6/2026", "Thủ tục rút gọn"),
    T32("2.", "Thông tư quy định về quản lý an toàn hóa chất trong sản xuất công nghiệp", "Cục Hóa chất", "Vụ Pháp chế; Vụ Khoa học và Công nghệ", "Bộ trưởng", "Tháng 9/2026", subs=[
      T32("2.1.", "Xây dựng dự thảo, lấy ý kiến các bộ, ngành, địa phương", "Cục Hóa chất", "Các Sở Công Thương", "", "Tháng 5/2026"),
      T32("2.2.", "Thẩm định, hoàn thiện và trình ban hành", "Vụ Pháp chế", "Cục Hóa chất", "Bộ trưởng", "Tháng 9/2026")])),
  SK("II.", "ĐỀ ÁN, CHƯƠNG TRÌNH, CHIẾN LƯỢC",
    T32("3.", "Chiến lược phát triển ngành công nghiệp hỗ trợ đến năm 2035, tầm nhìn đến năm 2045", "Vụ Công nghiệp", "Viện Chiến lược, Chính sách Công Thương; Bộ Tài chính", "Thủ tướng Chính phủ", "Quý III/2026", "Đã có trong Chương trình công tác của Chính phủ"),
    T32("4.", "Đề án phát triển thị trường trong nước gắn với cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam”", "Vụ Thị trường trong nước", "Cục Xúc tiến thương mại; Cục Thương mại điện tử và Kinh tế số", "Thủ tướng Chính phủ", "Tháng 11/2026"),
    T32("5.", "Chương trình xúc tiến thương mại quốc gia năm 2027", "Cục Xúc tiến thương mại", "Các Vụ thị trường ngoài nước; Thương vụ Việt Nam ở nước ngoài", "Bộ trưởng", "Tháng 12/2026")),
  SK("III.", "BÁO CÁO, NHIỆM VỤ KHÁC",
    T32("6.", "Báo cáo tổng kết 5 năm thực hiện Luật Quản lý ngoại thương", "Cục Xuất nhập khẩu", "Các đơn vị thuộc Bộ", "Chính phủ", "Tháng 10/2026", "Báo cáo Quốc hội"),
    T32("7.", "Báo cáo tình hình thực hiện các Hiệp định thương mại tự do (FTA) năm 2026", "Vụ Chính sách thương mại đa biên", "Các Vụ thị trường ngoài nước", "Thủ tướng Chính phủ", "Tháng 12/2026"))]}

# thirty-three: a provincial Party committee's action programme under "Cơ quan tham mưu", a notes column,
# organs named after their committee ("Ủy ban Kiểm tra Tỉnh ủy"), times by meetings ("Trước Hội nghị
# Tỉnh ủy lần thứ 5"), bullet paragraphs, sub-tasks a, b
T33 = tasker("content", "lead", "coordinating", "timeframe", "note")
P33 = {"schema": "annex/v1", "appendix": "", "title": "PHÂN CÔNG THỰC HIỆN CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH THỰC HIỆN NGHỊ QUYẾT VỀ CÔNG TÁC XÂY DỰNG ĐẢNG",
 "subtitle": "(Kèm theo Chương trình hành động số 12-CTr/TU ngày 10/02/2026 của Tỉnh ủy)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "note"),
   ["STT", "Nội dung công việc", "Cơ quan tham mưu", "Cơ quan phối hợp", "Thời gian hoàn thành", "Ghi chú"], [0.05, 0.37, 0.15, 0.18, 0.12, 0.13])],
 "items": [
  SK("I", "Công tác chính trị, tư tưởng",
    T33("1", "Tổ chức học tập, quán triệt Nghị quyết cho cán bộ, đảng viên:\n- Hội nghị cấp tỉnh;\n- Hội nghị tại các đảng bộ trực thuộc", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Các đảng bộ trực thuộc Tỉnh ủy", "Quý I/2026", "Trình Ban Thường vụ Tỉnh ủy"),
    T33("2", "Nắm bắt tình hình tư tưởng, dư luận xã hội; đấu tranh phản bác các quan điểm sai trái, thù địch trên không gian mạng", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Công an tỉnh; Ban Chỉ đạo 35 Tỉnh ủy", "Thường xuyên")),
  SK("II", "Công tác tổ chức, cán bộ",
    T33("3", "Rà soát, bổ sung quy hoạch cán bộ lãnh đạo, quản lý các cấp nhiệm kỳ 2026 - 2031", "Ban Tổ chức Tỉnh ủy", "Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc", "Tháng 6/2026"),
    T33("4", "Sửa đổi Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XVI", "Văn phòng Tỉnh ủy", "Ban Tổ chức Tỉnh ủy", "Trước Hội nghị Tỉnh ủy lần thứ 5", "Trình Ban Chấp hành"),
    T33("5", "Đánh giá, xếp loại chất lượng tổ chức cơ sở đảng và đảng viên năm 2026", "Ban Tổ chức Tỉnh ủy", "Ủy ban Kiểm tra Tỉnh ủy; Văn phòng Tỉnh ủy", "Tháng 12/2026")),
  SK("III", "Công tác kiểm tra, giám sát và kỷ luật đảng",
    T33("6", "Xây dựng, thực hiện chương trình kiểm tra, giám sát năm 2026 của Ban Chấp hành, Ban Thường vụ Tỉnh ủy", "Ủy ban Kiểm tra Tỉnh ủy", "Các ban đảng Tỉnh ủy", "Tháng 01/2026", "", subs=[
      T33("a", "Kiểm tra việc lãnh đạo thực hiện các nghị quyết, chỉ thị của Đảng", "Ủy ban Kiểm tra Tỉnh ủy", "Ban Nội chính Tỉnh ủy", "Quý II, III/2026"),
      T33("b", "Giám sát chuyên đề đối với người đứng đầu cấp ủy", "Ủy ban Kiểm tra Tỉnh ủy", "Văn phòng Tỉnh ủy", "Quý IV/2026", "Theo kế hoạch riêng")]),
    T33("7", "Giải quyết kịp thời đơn thư tố cáo, khiếu nại liên quan đến tổ chức đảng và đảng viên", "Ủy ban Kiểm tra Tỉnh ủy", "", "Thường xuyên")),
  SK("IV", "Công tác dân vận, mặt trận",
    T33("8", "Đẩy mạnh phong trào thi đua \u201cDân vận khéo\u201d; biểu dương các mô hình, điển hình tiêu biểu", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các đoàn thể chính trị - xã hội tỉnh", "Hằng năm"),
    T33("9", "Sơ kết 2 năm thực hiện Chương trình hành động", "Văn phòng Tỉnh ủy", "Các cơ quan tham mưu, giúp việc Tỉnh ủy", "Tháng 12/2027", "Báo cáo Ban Thường vụ"))]}

# thirty-four: a list of science tasks in letter parts, a funding column of amounts and one mixed
# cell ("Ngân sách tỉnh: 800; vốn doanh nghiệp: 1.200"), tasks "4.1" under task 4
T34 = tasker("content", "lead", "coordinating", "funding", "timeframe")
P34 = {"schema": "annex/v1", "appendix": "03", "title": "DANH MỤC NHIỆM VỤ KHOA HỌC VÀ CÔNG NGHỆ CẤP TỈNH THỰC HIỆN NĂM 2026",
 "subtitle": "(Kèm theo Quyết định số 88/QĐ-UBND ngày 16/01/2026 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "funding", "timeframe"),
   ["TT", "Tên nhiệm vụ", "Đơn vị thực hiện", "Đơn vị phối hợp", "Kinh phí (triệu đồng)", "Thời gian thực hiện"], [0.05, 0.38, 0.16, 0.16, 0.12, 0.13])],
 "items": [
  SK("A", "NHIỆM VỤ CHUYỂN TIẾP", kind="part", *[
   SK("I", "Lĩnh vực nông nghiệp",
    T34("1", "Nghiên cứu chọn tạo giống lúa chịu mặn, năng suất cao phù hợp điều kiện canh tác vùng ven biển", "Viện Khoa học Nông nghiệp", "Sở Nông nghiệp và Môi trường", "1.850", "2025 - 2027"),
    T34("2", "Ứng dụng công nghệ sinh học trong sản xuất chế phẩm xử lý chất thải chăn nuôi", "Trường Đại học Nông Lâm", "Trung tâm Khuyến nông tỉnh", "920", "2025 - 2026")),
   SK("II", "Lĩnh vực y tế",
    T34("3", "Đánh giá thực trạng và đề xuất giải pháp nâng cao chất lượng chăm sóc sức khỏe người cao tuổi tại cộng đồng", "Bệnh viện Đa khoa tỉnh", "Sở Y tế; Hội Người cao tuổi tỉnh", "650", "2025 - 2026"))]),
  SK("B", "NHIỆM VỤ MỞ MỚI", kind="part", *[
   SK("I", "Lĩnh vực khoa học xã hội và nhân văn",
    T34("4", "Nghiên cứu, bảo tồn và phát huy giá trị di sản văn hóa phi vật thể của đồng bào dân tộc thiểu số trên địa bàn tỉnh", "Trường Đại học Văn hóa", "Sở Văn hóa, Thể thao và Du lịch; Ban Dân tộc", "1.200", "2026 - 2028", subs=[
      T34("4.1", "Điều tra, sưu tầm, tư liệu hóa các lễ hội truyền thống", "Trường Đại học Văn hóa", "Ủy ban nhân dân các xã vùng đồng bào", "700", "2026 - 2027"),
      T34("4.2", "Xây dựng cơ sở dữ liệu số về di sản văn hóa phi vật thể", "Trung tâm Chuyển đổi số tỉnh", "Sở Văn hóa, Thể thao và Du lịch", "500", "2027 - 2028")])),
   SK("II", "Lĩnh vực kỹ thuật và công nghệ",
    T34("5", "Xây dựng hệ thống giám sát, cảnh báo sạt lở đất ứng dụng công nghệ Internet vạn vật (IoT)", "Viện Địa chất", "Sở Nông nghiệp và Môi trường; Ủy ban nhân dân các xã miền núi", "2.300", "2026 - 2028"),
    T34("6", "Nghiên cứu sử dụng tro xỉ nhiệt điện làm vật liệu xây dựng không nung", "Công ty Cổ phần Vật liệu xây dựng tỉnh", "Sở Xây dựng; Sở Công Thương", "Ngân sách tỉnh: 800; vốn doanh nghiệp: 1.200", "2026 - 2027"))])]}

# thirty-five: a school year's key tasks with a target column ("Chỉ tiêu": "≥ 99,5%", "100% trường")
# between the content and the lead, communes after the 2025 reform ("xã, phường, đặc khu")
T35 = tasker("content", "extra:Chỉ tiêu", "lead", "coordinating", "timeframe")
P35 = {"schema": "annex/v1", "appendix": "01", "title": "NHIỆM VỤ TRỌNG TÂM NĂM HỌC 2026 - 2027 CỦA NGÀNH GIÁO DỤC VÀ ĐÀO TẠO",
 "subtitle": "(Kèm theo Kế hoạch số 1520/KH-SGDĐT ngày 28/8/2026 của Sở Giáo dục và Đào tạo)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "extra", "lead", "coordinating", "timeframe"),
   ["TT", "Nội dung nhiệm vụ", "Chỉ tiêu", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"], [0.05, 0.34, 0.12, 0.15, 0.2, 0.14])],
 "items": [
  SK("I", "Phát triển mạng lưới trường, lớp",
    T35("1", "Rà soát, sắp xếp mạng lưới trường, lớp học phù hợp với đơn vị hành chính cấp xã sau sắp xếp", "100% xã, phường", "Phòng Kế hoạch - Tài chính", "Ủy ban nhân dân các xã, phường, đặc khu", "Tháng 9/2026"),
    T35("2", "Huy động trẻ em mẫu giáo 5 tuổi ra lớp; duy trì sĩ số học sinh các cấp", "≥ 99,5%", "Phòng Giáo dục Mầm non", "Các cơ sở giáo dục mầm non", "Cả năm học")),
  SK("II", "Nâng cao chất lượng giáo dục toàn diện",
    T35("3", "Triển khai Chương trình giáo dục phổ thông 2018 đối với các lớp cuối cấp; đổi mới phương pháp dạy học, kiểm tra, đánh giá", "100% trường", "Phòng Giáo dục Trung học", "Phòng Khảo thí và Kiểm định chất lượng", "Năm học 2026 - 2027", subs=[
      T35("a", "Tổ chức dạy học 2 buổi/ngày ở cấp tiểu học", "≥ 95% học sinh", "Phòng Giáo dục Tiểu học", "Các trường tiểu học", "Học kỳ I"),
      T35("b", "Dạy học tiếng Anh theo hướng tiếp cận chuẩn quốc tế", "", "Phòng Giáo dục Trung học", "Trung tâm Ngoại ngữ - Tin học tỉnh", "Học kỳ II")]),
    T35("4", "Tổ chức kỳ thi chọn học sinh giỏi cấp tỉnh và tham gia kỳ thi chọn học sinh giỏi quốc gia", "Tăng số giải so với năm trước", "Phòng Khảo thí và Kiểm định chất lượng", "Trường THPT chuyên tỉnh", "Tháng 12/2026 - Tháng 01/2027")),
  SK("III", "Chuyển đổi số trong giáo dục",
    T35("5", "Triển khai học bạ số, sổ điểm điện tử; kết nối cơ sở dữ liệu ngành với cơ sở dữ liệu quốc gia về dân cư", "100% cơ sở giáo dục phổ thông", "Phòng Công nghệ thông tin", "Công an tỉnh; Viễn thông tỉnh", "Quý IV/2026"),
    T35("6", "Thanh toán học phí và các khoản thu không dùng tiền mặt", "≥ 90% cơ sở", "Phòng Kế hoạch - Tài chính", "Các ngân hàng thương mại", "Thường xuyên")),
  SK("IV", "Xây dựng đội ngũ nhà giáo",
    T35("7", "Tuyển dụng giáo viên còn thiếu theo định mức; bồi dưỡng thường xuyên giáo viên, cán bộ quản lý", "Đủ định mức", "Phòng Tổ chức cán bộ", "Sở Nội vụ; Ủy ban nhân dân các xã, phường, đặc khu", "Tháng 10/2026"))]}

# thirty-six: a social insurance plan under short capitalised heads ("CHỦ TRÌ", "THỜI HẠN"), "+ "
# bullet paragraphs, abbreviated units ("BHXH tỉnh")
T36 = tasker("content", "lead", "coordinating", "deliverable", "timeframe")
P36 = {"schema": "annex/v1", "appendix": "", "title": "PHÂN CÔNG NHIỆM VỤ THỰC HIỆN CHÍNH SÁCH BẢO HIỂM XÃ HỘI, BẢO HIỂM Y TẾ NĂM 2026",
 "subtitle": "(Kèm theo Kế hoạch số 305/KH-UBND ngày 26/12/2025 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "deliverable", "timeframe"),
   ["STT", "NHIỆM VỤ", "CHỦ TRÌ", "PHỐI HỢP", "SẢN PHẨM", "THỜI HẠN"], [0.05, 0.37, 0.14, 0.19, 0.13, 0.12])],
 "items": [
  SK("I", "CÔNG TÁC TUYÊN TRUYỀN",
    T36("1", "Tuyên truyền chính sách bảo hiểm xã hội tự nguyện, bảo hiểm y tế hộ gia đình:\n+ Hội nghị đối thoại với người lao động;\n+ Tư vấn trực tiếp tại các khu dân cư", "BHXH tỉnh", "Sở Văn hóa, Thể thao và Du lịch; Liên đoàn Lao động tỉnh", "Hội nghị, tin bài", "Thường xuyên"),
    T36("2", "Biểu dương doanh nghiệp thực hiện tốt; công khai doanh nghiệp nợ đóng bảo hiểm xã hội kéo dài", "BHXH tỉnh", "Báo và Phát thanh, Truyền hình tỉnh", "Danh sách công khai", "Hằng quý")),
  SK("II", "MỞ RỘNG ĐỐI TƯỢNG THAM GIA",
    T36("3", "Giao chỉ tiêu phát triển người tham gia bảo hiểm xã hội, bảo hiểm y tế cho các xã, phường, đặc khu", "Sở Nội vụ", "BHXH tỉnh; UBND các xã, phường, đặc khu", "Quyết định giao chỉ tiêu", "Tháng 01/2026"),
    T36("4", "Hỗ trợ mức đóng bảo hiểm y tế cho người thuộc hộ cận nghèo, học sinh, sinh viên từ ngân sách địa phương", "Sở Tài chính", "Sở Y tế; BHXH tỉnh", "Nghị quyết của HĐND tỉnh", "Kỳ họp giữa năm 2026")),
  SK("III", "THANH TRA, KIỂM TRA",
    T36("5", "Thanh tra chuyên ngành đóng bảo hiểm xã hội, bảo hiểm thất nghiệp, bảo hiểm y tế tại các doanh nghiệp", "Thanh tra tỉnh", "BHXH tỉnh; Sở Nội vụ; Liên đoàn Lao động tỉnh", "Kết luận thanh tra", "Theo kế hoạch được duyệt"),
    T36("6", "Kiểm tra việc khám bệnh, chữa bệnh bảo hiểm y tế; phòng, chống trục lợi quỹ bảo hiểm y tế", "Sở Y tế", "BHXH tỉnh; Công an tỉnh", "Báo cáo kết quả kiểm tra", "Quý III/2026"),
    T36("7", "Tổng hợp, báo cáo kết quả thực hiện chỉ tiêu về Ủy ban nhân dân tỉnh", "BHXH tỉnh", "", "Báo cáo", "Trước ngày 15/12/2026"))]}

# thirty-seven: an air quality roadmap under "Cơ quan chủ trì tham mưu", "Cơ quan phối hợp thực hiện",
# "Kết quả, sản phẩm" and "Lộ trình thực hiện", sections and tasks printed with their dots
T37 = tasker("content", "lead", "coordinating", "deliverable", "timeframe")
P37 = {"schema": "annex/v1", "appendix": "II", "title": "LỘ TRÌNH THỰC HIỆN CÁC GIẢI PHÁP GIẢM THIỂU Ô NHIỄM MÔI TRƯỜNG KHÔNG KHÍ TRÊN ĐỊA BÀN TỈNH",
 "subtitle": "(Ban hành kèm theo Quyết định số 77/QĐ-UBND ngày 09/02/2026 của UBND tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "deliverable", "timeframe"),
   ["STT", "Nội dung", "Cơ quan chủ trì tham mưu", "Cơ quan phối hợp thực hiện", "Kết quả, sản phẩm", "Lộ trình thực hiện"], [0.05, 0.35, 0.15, 0.18, 0.14, 0.13])],
 "items": [
  SK("I.", "Kiểm soát nguồn thải từ giao thông",
    T37("1.", "Kiểm định khí thải phương tiện cơ giới đường bộ đang lưu hành; lộ trình áp dụng tiêu chuẩn khí thải mức 4, mức 5", "Sở Xây dựng", "Công an tỉnh; các trung tâm đăng kiểm", "Phương tiện đạt chuẩn khí thải", "2026 - 2028"),
    T37("2.", "Phát triển vận tải hành khách công cộng bằng xe buýt sử dụng điện, năng lượng xanh", "Sở Xây dựng", "Sở Tài chính; các doanh nghiệp vận tải", "Các tuyến xe buýt điện", "Từ năm 2027")),
  SK("II.", "Kiểm soát nguồn thải công nghiệp, xây dựng",
    T37("3.", "Lắp đặt hệ thống quan trắc khí thải tự động, liên tục và truyền dữ liệu về Sở Nông nghiệp và Môi trường đối với cơ sở có lưu lượng khí thải lớn", "Sở Nông nghiệp và Môi trường", "Ban Quản lý các khu công nghiệp; các cơ sở sản xuất", "Dữ liệu quan trắc được truyền liên tục", "Trước 31/12/2026"),
    T37("4.", "Kiểm tra, xử lý các công trình xây dựng không che chắn, để phát tán bụi ra môi trường", "Ủy ban nhân dân các xã, phường", "Sở Xây dựng; Công an tỉnh", "Biên bản kiểm tra, quyết định xử phạt", "Thường xuyên"),
    T37("5.", "Chấm dứt hoạt động các lò gạch thủ công, lò nung vôi thủ công gây ô nhiễm", "Ủy ban nhân dân các xã", "Sở Xây dựng; Sở Công Thương", "100% lò thủ công được xóa bỏ", "Năm 2026")),
  SK("III.", "Kiểm soát đốt rơm rạ, chất thải",
    T37("6.", "Hướng dẫn, hỗ trợ nông dân thu gom, xử lý rơm rạ sau thu hoạch làm phân bón hữu cơ, thức ăn chăn nuôi", "Sở Nông nghiệp và Môi trường", "Hội Nông dân tỉnh; Ủy ban nhân dân các xã", "Mô hình xử lý rơm rạ", "Sau mỗi vụ thu hoạch"),
    T37("7.", "Công khai thông tin chất lượng không khí trên cổng thông tin điện tử và ứng dụng di động", "Sở Nông nghiệp và Môi trường", "", "Chỉ số AQI được cập nhật hằng giờ", "Từ Quý III/2026"))]}

# thirty-eight: a list of schemes and documents to submit with an extra column "Cấp ban hành" of
# councils and committees ("HĐND tỉnh", "Ban Thường vụ Tỉnh ủy") before the lead, and a notes column
T38 = tasker("content", "extra:Cấp ban hành", "lead", "coordinating", "timeframe", "note")
P38 = {"schema": "annex/v1", "appendix": "", "title": "DANH MỤC ĐỀ ÁN, VĂN BẢN TRÌNH BAN HÀNH NĂM 2026",
 "subtitle": "(Kèm theo Chương trình công tác số 02/CTr-UBND ngày 05/01/2026 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "extra", "lead", "coordinating", "timeframe", "note"),
   ["STT", "Tên đề án, văn bản", "Cấp ban hành", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian trình", "Ghi chú"], [0.05, 0.3, 0.12, 0.14, 0.16, 0.11, 0.12])],
 "items": [
  SK("I", "LĨNH VỰC KINH TẾ",
    T38("1", "Nghị quyết quy định mức hỗ trợ phát triển sản xuất nông nghiệp hàng hóa tập trung", "HĐND tỉnh", "Sở Nông nghiệp và Môi trường", "Sở Tài chính; Sở Tư pháp", "Kỳ họp tháng 7/2026"),
    T38("2", "Đề án phát triển kinh tế đêm tại các khu du lịch trọng điểm", "UBND tỉnh", "Sở Văn hóa, Thể thao và Du lịch", "Công an tỉnh; Sở Công Thương", "Tháng 5/2026", "Lấy ý kiến nhân dân"),
    T38("3", "Quy định giá dịch vụ sử dụng đường bộ các dự án đầu tư xây dựng đường bộ để kinh doanh", "UBND tỉnh", "Sở Xây dựng", "Sở Tài chính", "Quý II/2026")),
  SK("II", "LĨNH VỰC VĂN HÓA - XÃ HỘI",
    T38("4", "Đề án xây dựng xã hội học tập giai đoạn 2026 - 2030", "Ban Thường vụ Tỉnh ủy", "Sở Giáo dục và Đào tạo", "Hội Khuyến học tỉnh", "Tháng 9/2026", "Trình qua Ban cán sự đảng UBND tỉnh"),
    T38("5", "Nghị quyết quy định chính sách thu hút bác sĩ về công tác tại trạm y tế xã, phường", "HĐND tỉnh", "Sở Y tế", "Sở Nội vụ; Sở Tài chính", "Kỳ họp cuối năm 2026")),
  SK("III", "LĨNH VỰC NỘI CHÍNH",
    T38("6", "Quy chế phối hợp quản lý nhà nước về an ninh trật tự tại các khu công nghiệp", "UBND tỉnh", "Công an tỉnh", "Ban Quản lý các khu công nghiệp tỉnh", "Tháng 4/2026"),
    T38("7", "Kế hoạch thực hiện công tác phòng, chống tham nhũng, tiêu cực năm 2027", "UBND tỉnh", "Thanh tra tỉnh", "Các sở, ban, ngành", "Tháng 12/2026", "Ban hành trước ngày 31/12"))]}

# thirty-nine: a digital government plan in letter parts A and B, roman
# sections under them, tasks numbered on across sections, sub-tasks "a",
# "TT", "Nhiệm vụ" and the time ("Thời gian hoàn thành") before the product
T39 = tasker("content", "lead", "coordinating", "timeframe", "deliverable")
P39 = {"schema": "annex/v1", "appendix": "01", "title": "DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ, PHÁT TRIỂN CHÍNH QUYỀN SỐ NĂM 2026",
 "subtitle": "(Kèm theo Kế hoạch số 21/KH-UBND ngày 20/01/2026 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "deliverable"),
   ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Sản phẩm"], [0.05, 0.34, 0.15, 0.17, 0.12, 0.17])],
 "items": [
  SK("A", "NHIỆM VỤ CHUNG", kind="part", *[
   SK("I", "Hoàn thiện thể chế, nâng cao nhận thức",
    T39("1", "Rà soát, sửa đổi quy chế quản lý, vận hành, khai thác Hệ thống thông tin giải quyết thủ tục hành chính tỉnh", "Văn phòng UBND tỉnh", "Sở Khoa học và Công nghệ; Sở Tư pháp", "Quý II/2026", "Quyết định của UBND tỉnh"),
    T39("2", "Tổ chức các lớp bồi dưỡng kỹ năng số cho cán bộ, công chức, viên chức: (1) kỹ năng khai thác dữ liệu; (2) an toàn thông tin cơ bản; (3) sử dụng trợ lý ảo", "Sở Nội vụ", "Sở Khoa học và Công nghệ; các cơ sở đào tạo", "Tháng 6 - tháng 10/2026", "Ít nhất 1.500 lượt người được bồi dưỡng")),
   SK("II", "Phát triển hạ tầng số",
    T39("3", "Nâng cấp Trung tâm dữ liệu tỉnh, bảo đảm dự phòng thảm họa theo cấp độ 3", "Sở Khoa học và Công nghệ", "Các doanh nghiệp viễn thông", "Năm 2026", "Trung tâm dữ liệu đạt cấp độ 3",
      subs=[T39("a", "Đầu tư bổ sung thiết bị lưu trữ, máy chủ", "Sở Khoa học và Công nghệ", "", "Quý III/2026", "Thiết bị được lắp đặt"),
            T39("b", "Xây dựng phương án sao lưu dữ liệu ngoài địa điểm", "Sở Khoa học và Công nghệ", "Viettel tỉnh; VNPT tỉnh", "Quý IV/2026", "Phương án được phê duyệt")]),
    T39("4", "Phủ sóng di động 4G, 5G đến các thôn, bản vùng lõm sóng", "Các doanh nghiệp viễn thông", "Ủy ban nhân dân các xã; Sở Khoa học và Công nghệ", "Trước 30/11/2026", "100% thôn, bản có sóng di động băng rộng"))]),
  SK("B", "NHIỆM VỤ CỤ THỂ CỦA CÁC NGÀNH", kind="part", *[
   SK("III", "Y tế, giáo dục",
    T39("5", "Triển khai bệnh án điện tử tại các bệnh viện tuyến tỉnh", "Sở Y tế", "Bảo hiểm xã hội tỉnh", "Tháng 9/2026", "Bệnh án điện tử thay thế bệnh án giấy"),
    T39("6", "Số hóa học bạ, văn bằng, chứng chỉ; kết nối cơ sở dữ liệu ngành giáo dục với cơ sở dữ liệu quốc gia về dân cư", "Sở Giáo dục và Đào tạo", "Công an tỉnh", "Thường xuyên", "Dữ liệu được làm sạch, đồng bộ")),
   SK("IV", "Nông nghiệp, môi trường",
    T39("7", "Xây dựng cơ sở dữ liệu đất đai cấp xã, kết nối liên thông với cơ sở dữ liệu quốc gia về đất đai", "Sở Nông nghiệp và Môi trường", "Ủy ban nhân dân các xã, phường; Chi nhánh Văn phòng đăng ký đất đai", "2026 - 2027", "Cơ sở dữ liệu đất đai vận hành"),
    T39("8", "Truy xuất nguồn gốc nông sản chủ lực bằng mã QR", "Sở Nông nghiệp và Môi trường", "Sở Công Thương; các hợp tác xã", "Quý IV/2026", "Sản phẩm OCOP có mã truy xuất"))])]}


# forty: a district's disaster plan of six columns, no coordinating cell,
# "Đơn vị thực hiện", "Thời gian triển khai", "Nguồn kinh phí" and a notes
# column empty in most rows, tasks "1.1" right under their sections, a row
# without a number going on task 1.3, placeholders in the subtitle
T40 = tasker("content", "lead", "timeframe", "funding", "note")
def with_cont(task, *rows):
    task["cont"] = list(rows)
    return task
P40 = {"schema": "annex/v1", "appendix": "", "title": "KẾ HOẠCH PHÒNG, CHỐNG THIÊN TAI VÀ TÌM KIẾM CỨU NẠN NĂM 2026",
 "subtitle": "(Ban hành kèm theo Quyết định số    /QĐ-UBND ngày    /    /2026 của Ủy ban nhân dân huyện)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "timeframe", "funding", "note"),
   ["STT", "Nội dung công việc", "Đơn vị thực hiện", "Thời gian triển khai", "Nguồn kinh phí", "Ghi chú"], [0.06, 0.38, 0.18, 0.13, 0.14, 0.11])],
 "items": [
  SK("I", "CÔNG TÁC CHUẨN BỊ",
    T40("1.1", "Kiện toàn Ban Chỉ huy phòng thủ dân sự các cấp; phân công nhiệm vụ cho từng thành viên", "Ủy ban nhân dân các xã, thị trấn", "Tháng 3/2026", "Không phát sinh kinh phí"),
    T40("1.2", "Rà soát, cập nhật phương án ứng phó với bão mạnh, siêu bão, lũ quét, sạt lở đất", "Phòng Nông nghiệp và Môi trường huyện", "Tháng 4 - 5/2026", "Ngân sách huyện", "Theo Luật Phòng, chống thiên tai"),
    with_cont(T40("1.3", "Dự trữ vật tư, phương tiện, lương thực, thuốc men tại chỗ theo phương châm bốn tại chỗ", "Ủy ban nhân dân các xã, thị trấn", "Trước mùa mưa bão", "Ngân sách xã; nguồn xã hội hóa"),
        {"content": "Kiểm tra, bảo dưỡng phương tiện cứu hộ, cứu nạn hiện có", "lead": "Đội Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ"})),
  SK("II", "CÔNG TÁC ỨNG PHÓ VÀ KHẮC PHỤC HẬU QUẢ",
    T40("2.1", "Sơ tán dân ra khỏi vùng nguy hiểm khi có cảnh báo lũ, sạt lở", "Ủy ban nhân dân các xã có nguy cơ", "Khi có thiên tai", "Ngân sách xã",
        subs=[T40("a", "Bố trí nơi ở tạm, bảo đảm lương thực, nước uống cho người dân sơ tán", "Ủy ban nhân dân các xã", "Khi có thiên tai", "Ngân sách xã"),
              T40("b", "Bảo đảm an ninh, trật tự tại khu vực sơ tán", "Công an huyện", "Khi có thiên tai", "Ngân sách huyện", "Phối hợp lực lượng quân sự")]),
    T40("2.2", "Thống kê, đánh giá thiệt hại; hỗ trợ khôi phục sản xuất sau thiên tai", "Phòng Tài chính - Kế hoạch huyện", "Sau thiên tai 10 ngày", "Ngân sách tỉnh; Ngân sách huyện"),
    T40("2.3", "Tổ chức diễn tập phòng thủ dân sự cấp huyện năm 2026", "Ban Chỉ huy Quân sự huyện", "Quý III/2026", "Ngân sách huyện", "Theo kế hoạch của tỉnh"))]}

# forty-one: a department's administrative reform tasks, "Cơ quan, đơn vị
# chủ trì" and "… phối hợp", "Kết quả dự kiến" last, numbers printed with
# their dots ("I.", "1.", "a)"), dotted subsections "II.1" with tasks
# numbered on through them, "- " bullets in the content
# forty-two: a ministry's key tasks in seven columns under short heads
# ("TT", "Thời hạn"), sections set as one merged cell, events for products
# ("Ngày hội được tổ chức") and ordinals wrapped alone ("lần thứ" / "XV")
T41 = tasker("content", "lead", "coordinating", "timeframe", "deliverable")
P41 = {"schema": "annex/v1", "appendix": "I", "title": "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH CỦA SỞ NỘI VỤ NĂM 2026",
 "subtitle": "(Ban hành kèm theo Kế hoạch số 05/KH-SNV ngày 08/01/2026 của Sở Nội vụ)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "deliverable"),
   ["STT", "Nội dung công việc", "Cơ quan, đơn vị chủ trì", "Cơ quan, đơn vị phối hợp", "Thời gian hoàn thành", "Kết quả dự kiến"], [0.05, 0.33, 0.15, 0.18, 0.13, 0.16])],
 "items": [
  SK("I.", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH",
    T41("1.", "Xây dựng, ban hành Kế hoạch cải cách hành chính năm 2026 của Sở", "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở", "Trước ngày 15/01/2026", "Kế hoạch được ban hành"),
    T41("2.", "Kiểm tra công tác cải cách hành chính tại các phòng, đơn vị:\n- Kiểm tra theo kế hoạch;\n- Kiểm tra đột xuất khi có phản ánh", "Thanh tra Sở", "Văn phòng Sở", "Quý II, Quý III/2026", "Thông báo kết luận kiểm tra")),
  SK("II.", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
    SK("II.1", "Rà soát, đơn giản hóa thủ tục hành chính", *[
      T41("3.", "Rà soát các thủ tục hành chính lĩnh vực thi đua, khen thưởng; đề xuất phương án cắt giảm thời gian giải quyết", "Ban Thi đua - Khen thưởng", "Văn phòng Sở; Trung tâm Phục vụ hành chính công tỉnh", "Tháng 6/2026", "Báo cáo kết quả rà soát",
        subs=[T41("a)", "Lập danh mục thủ tục cần rà soát", "Ban Thi đua - Khen thưởng", "", "Tháng 3/2026", "Danh mục thủ tục"),
              T41("b)", "Đề xuất phương án đơn giản hóa", "Ban Thi đua - Khen thưởng", "Phòng Tổ chức, biên chế", "Tháng 5/2026", "Phương án đơn giản hóa")])], kind="subsection"),
    SK("II.2", "Thực hiện cơ chế một cửa, một cửa liên thông", *[
      T41("4.", "Tiếp nhận, giải quyết hồ sơ thủ tục hành chính qua Bộ phận Một cửa, bảo đảm đúng hạn, không để tồn đọng", "Các phòng chuyên môn", "Trung tâm Phục vụ hành chính công tỉnh", "Thường xuyên", "Tỷ lệ hồ sơ đúng hạn đạt 100%"),
      T41("5.", "Công khai, cập nhật thủ tục hành chính trên Cổng Dịch vụ công quốc gia", "Văn phòng Sở", "UBND các huyện, thị xã, thành phố", "Hằng quý", "Thủ tục được công khai đầy đủ")], kind="subsection")),
  SK("III.", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ",
    T41("6.", "Thực hiện đánh giá, xếp loại chất lượng công chức, viên chức theo quy định mới", "Phòng Công chức, viên chức", "Các cơ quan, đơn vị", "Trước ngày 15/12 hằng năm", "Kết quả đánh giá, xếp loại"),
    T41("7.", "Tổ chức thi tuyển chức danh lãnh đạo cấp phòng", "Phòng Tổ chức, biên chế", "Hội đồng thi tuyển", "Quý III/2026", "Quyết định bổ nhiệm"))]}

T42 = tasker("content", "lead", "coordinating", "deliverable", "timeframe", "note")
P42 = {"schema": "annex/v1", "appendix": "II", "title": "DANH MỤC CÁC NHIỆM VỤ TRỌNG TÂM CỦA BỘ NĂM 2026",
 "subtitle": "(Kèm theo Quyết định số 112/QĐ-BVHTTDL ngày 15/01/2026 của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch)",
 "sectionStyle": "merged",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "deliverable", "timeframe", "note"),
   ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Sản phẩm", "Thời hạn", "Ghi chú"], [0.04, 0.3, 0.14, 0.15, 0.15, 0.1, 0.12])],
 "items": [
  SK("I", "XÂY DỰNG THỂ CHẾ",
    T42("1", "Xây dựng Thông tư quy định chi tiết về quản lý hoạt động biểu diễn nghệ thuật", "Cục Nghệ thuật biểu diễn", "Vụ Pháp chế; các đơn vị liên quan", "Thông tư", "Quý IV/2026", "Nhiệm vụ chuyển tiếp"),
    T42("2", "Rà soát hệ thống văn bản quy phạm pháp luật về di sản văn hóa", "Vụ Pháp chế", "Cục Di sản văn hóa", "Báo cáo rà soát", "Tháng 6/2026")),
  SK("II", "PHÁT TRIỂN VĂN HÓA, GIA ĐÌNH",
    T42("3", "Tổ chức Ngày hội Văn hóa, Thể thao và Du lịch các dân tộc vùng Tây Bắc lần thứ XV", "Cục Văn hóa cơ sở", "UBND tỉnh đăng cai; Vụ Kế hoạch - Tài chính", "Ngày hội được tổ chức", "Tháng 10/2026"),
    T42("4", "Triển khai Chương trình giáo dục đạo đức, lối sống trong gia đình giai đoạn 2026 - 2030", "Vụ Gia đình", "Các Sở Văn hóa, Thể thao và Du lịch", "Kế hoạch triển khai; báo cáo", "Năm 2026", "Phối hợp Bộ Giáo dục và Đào tạo")),
  SK("III", "THỂ DỤC THỂ THAO, DU LỊCH",
    T42("5", "Chuẩn bị lực lượng vận động viên tham dự Đại hội Thể thao Đông Nam Á lần thứ 34", "Cục Thể dục thể thao", "Các liên đoàn thể thao quốc gia", "Đoàn thể thao được thành lập", "Quý III/2026"),
    T42("6", "Xúc tiến, quảng bá du lịch Việt Nam tại các thị trường trọng điểm châu Âu, Đông Bắc Á", "Cục Du lịch Quốc gia Việt Nam", "Các cơ quan đại diện Việt Nam ở nước ngoài", "Các chương trình xúc tiến", "Thường xuyên"),
    T42("7", "Tổng kết 5 năm thực hiện Chiến lược phát triển du lịch Việt Nam", "Cục Du lịch Quốc gia Việt Nam", "Vụ Kế hoạch - Tài chính", "Báo cáo tổng kết", "Tháng 12/2026", "Trình Thủ tướng Chính phủ"))]}

# forty-three: a district's new countryside plan in seven columns, "Sản
# phẩm đầu ra" before the time, funding last (one cell empty), sub-tasks
# "a", "b" under a task ending in a colon, companies and cooperatives
# forty-four: a Party committee's assignment of tasks in parts A and B,
# five columns under "Nhiệm vụ, giải pháp", Party organs set in state
# bodies ("Ban cán sự đảng UBND tỉnh", "Đảng đoàn HĐND tỉnh")
T43 = tasker("content", "lead", "coordinating", "deliverable", "timeframe", "funding")
P43 = {"schema": "annex/v1", "appendix": "03", "title": "KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA XÂY DỰNG NÔNG THÔN MỚI NĂM 2026",
 "subtitle": "(Kèm theo Kế hoạch số 58/KH-UBND ngày 14/3/2026 của UBND huyện)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "deliverable", "timeframe", "funding"),
   ["TT", "Nội dung thực hiện", "Đơn vị chủ trì", "Đơn vị phối hợp", "Sản phẩm đầu ra", "Thời gian thực hiện", "Nguồn kinh phí"], [0.04, 0.3, 0.14, 0.15, 0.15, 0.11, 0.11])],
 "items": [
  SK("I", "QUY HOẠCH VÀ HẠ TẦNG",
    T43("1", "Rà soát, điều chỉnh quy hoạch chung xây dựng xã phù hợp với quy hoạch tỉnh", "Phòng Kinh tế, Hạ tầng và Đô thị", "UBND các xã", "Đồ án quy hoạch được duyệt", "Quý II/2026", "Ngân sách huyện"),
    T43("2", "Đầu tư cứng hóa đường giao thông nông thôn, đường trục chính nội đồng", "UBND các xã", "Ban Quản lý dự án đầu tư xây dựng huyện", "25 km đường được cứng hóa", "Năm 2026", "Ngân sách tỉnh; ngân sách huyện; nhân dân đóng góp"),
    T43("3", "Nâng cấp hệ thống thủy lợi, kênh mương nội đồng", "Phòng Nông nghiệp và Môi trường", "Công ty TNHH MTV Khai thác công trình thủy lợi", "Kênh mương được kiên cố hóa", "Quý III/2026", "Vốn sự nghiệp")),
  SK("II", "PHÁT TRIỂN SẢN XUẤT, NÂNG CAO THU NHẬP",
    T43("4", "Hỗ trợ phát triển sản phẩm OCOP đạt 3 sao trở lên:", "Phòng Nông nghiệp và Môi trường", "Hội Nông dân huyện; các hợp tác xã", "Sản phẩm OCOP được công nhận", "Tháng 9/2026", "Ngân sách huyện",
      subs=[T43("a", "Tập huấn cho chủ thể sản phẩm", "Trung tâm Dịch vụ nông nghiệp", "", "Lớp tập huấn", "Quý II/2026", "Ngân sách huyện"),
            T43("b", "Xúc tiến thương mại, giới thiệu sản phẩm tại hội chợ", "Phòng Kinh tế, Hạ tầng và Đô thị", "Các chủ thể OCOP", "Gian hàng hội chợ", "Quý III/2026", "Xã hội hóa")]),
    T43("5", "Đào tạo nghề cho lao động nông thôn gắn với nhu cầu của doanh nghiệp", "Phòng Nội vụ", "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện", "500 lao động được đào tạo", "Cả năm", "Nguồn Chương trình")),
  SK("III", "VĂN HÓA, MÔI TRƯỜNG",
    T43("6", "Xây dựng mô hình thôn, xóm sáng - xanh - sạch - đẹp", "Ủy ban Mặt trận Tổ quốc Việt Nam huyện", "Hội Liên hiệp Phụ nữ huyện; Huyện đoàn", "Mỗi xã ít nhất 01 mô hình", "Thường xuyên", "Lồng ghép các nguồn"),
    T43("7", "Thu gom, xử lý chất thải rắn sinh hoạt tại các khu dân cư", "UBND các xã", "Hợp tác xã Dịch vụ môi trường", "Tỷ lệ thu gom đạt 95%", "Hằng tháng", ""))]}

T44 = tasker("content", "lead", "coordinating", "timeframe")
P44 = {"schema": "annex/v1", "appendix": "", "title": "PHÂN CÔNG NHIỆM VỤ THỰC HIỆN NGHỊ QUYẾT VỀ PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO VÀ CHUYỂN ĐỔI SỐ",
 "subtitle": "(Ban hành kèm theo Chương trình hành động số 15-CTr/TU ngày 10/02/2026 của Ban Thường vụ Tỉnh ủy)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe"),
   ["STT", "Nhiệm vụ, giải pháp", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"], [0.06, 0.44, 0.17, 0.2, 0.13])],
 "items": [
  SK("A", "NHIỆM VỤ CỦA CẤP ỦY, TỔ CHỨC ĐẢNG", kind="part", *[
   SK("I", "Nâng cao nhận thức, đổi mới tư duy",
    T44("1", "Quán triệt sâu sắc Nghị quyết đến toàn thể cán bộ, đảng viên và các tầng lớp nhân dân; xác định phát triển khoa học, công nghệ là đột phá quan trọng hàng đầu", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Các cấp ủy trực thuộc Tỉnh ủy", "Quý I/2026"),
    T44("2", "Đưa chỉ tiêu về chuyển đổi số vào nghị quyết của cấp ủy các cấp; người đứng đầu trực tiếp chỉ đạo", "Các cấp ủy trực thuộc Tỉnh ủy", "Văn phòng Tỉnh ủy", "Hằng năm"))]),
  SK("B", "NHIỆM VỤ CỦA CHÍNH QUYỀN", kind="part", *[
   SK("II", "Hoàn thiện thể chế, chính sách",
    T44("3", "Ban hành chính sách hỗ trợ doanh nghiệp đổi mới công nghệ, ứng dụng trí tuệ nhân tạo trong sản xuất, kinh doanh", "Ban cán sự đảng UBND tỉnh", "Sở Khoa học và Công nghệ; Sở Tài chính", "Tháng 8/2026"),
    T44("4", "Bố trí tối thiểu 3% tổng chi ngân sách địa phương cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số", "Ban cán sự đảng UBND tỉnh", "Đảng đoàn HĐND tỉnh", "Từ năm 2026")),
   SK("III", "Phát triển hạ tầng và nhân lực",
    T44("5", "Xây dựng Trung tâm Đổi mới sáng tạo tỉnh; thu hút chuyên gia, nhà khoa học về làm việc tại tỉnh", "Sở Khoa học và Công nghệ", "Sở Nội vụ; các trường đại học trên địa bàn", "2026 - 2027"),
    T44("6", "Phổ cập kỹ năng số cho người dân thông qua các Tổ công nghệ số cộng đồng", "UBND các xã, phường", "Tỉnh đoàn; Hội Liên hiệp Phụ nữ tỉnh", "Thường xuyên"))])]}

T45 = tasker("content", "lead", "coordinating", "timeframe", "deliverable")
P45 = {"schema": "annex/v1", "appendix": "I", "title": "DANH MỤC NHIỆM VỤ THỰC HIỆN KẾ HOẠCH NÂNG CAO CHẤT LƯỢNG KHÁM BỆNH, CHỮA BỆNH VÀ Y TẾ CƠ SỞ NĂM 2026",
 "subtitle": "(Kèm theo Kế hoạch số 211/KH-UBND ngày 20/4/2026 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "deliverable"),
   ["STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm"], [0.05, 0.35, 0.15, 0.17, 0.12, 0.16])],
 "items": [
  SK("I", "Củng cố mạng lưới y tế cơ sở",
    T45("1.", "Sắp xếp, kiện toàn trạm y tế các xã, phường sau khi sắp xếp đơn vị hành chính; bảo đảm mỗi xã có ít nhất 01 điểm trạm", "Sở Y tế", "Sở Nội vụ; UBND các xã, phường", "Quý II/2026", "Quyết định kiện toàn"),
    T45("2.", "Đầu tư, nâng cấp cơ sở vật chất, trang thiết bị cho 35 trạm y tế xuống cấp", "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh", "Sở Y tế; Sở Tài chính", "Năm 2026 - 2027", "35 trạm y tế được nâng cấp"),
    T45("3.", "Bố trí đủ bác sĩ làm việc tại trạm y tế:", "Sở Y tế", "UBND các xã, phường", "", "",
      subs=[T45("a)", "Luân phiên bác sĩ từ bệnh viện tuyến tỉnh về trạm y tế", "Các bệnh viện tuyến tỉnh", "Trung tâm Y tế khu vực", "Định kỳ 6 tháng", "Danh sách bác sĩ luân phiên"),
            T45("b)", "Tuyển dụng bác sĩ theo chính sách thu hút của tỉnh", "Sở Nội vụ", "Sở Y tế", "Trước ngày 30/9/2026", "")])),
  SK("II", "Nâng cao chất lượng khám bệnh, chữa bệnh",
    T45("4.", "Triển khai bệnh án điện tử tại 100% bệnh viện công lập; kết nối liên thông dữ liệu khám bệnh, chữa bệnh với Cổng giám định bảo hiểm y tế", "Sở Y tế", "Bảo hiểm xã hội tỉnh; Trung tâm Công nghệ thông tin và Truyền thông", "Tháng 12/2026", "Bệnh án điện tử được triển khai"),
    T45("5.", "Rút ngắn thời gian chờ khám; đo lường sự hài lòng của người bệnh hằng quý", "Các bệnh viện", "Sở Y tế", "Hằng quý", "Báo cáo khảo sát sự hài lòng"),
    T45("6.", "Phát triển kỹ thuật chuyên sâu về tim mạch, ung bướu, đột quỵ tại Bệnh viện Đa khoa tỉnh", "Bệnh viện Đa khoa tỉnh", "Các bệnh viện trung ương hỗ trợ chuyên môn", "Năm 2026", "Ít nhất 05 kỹ thuật mới")),
  SK("III", "Y tế dự phòng và chăm sóc sức khỏe ban đầu",
    T45("7.", "Tiêm chủng mở rộng đạt tỷ lệ trên 95% trẻ em dưới 1 tuổi được tiêm đủ các loại vắc xin", "Trung tâm Kiểm soát bệnh tật tỉnh", "UBND các xã, phường; Hội Liên hiệp Phụ nữ tỉnh", "Thường xuyên", "Báo cáo tiêm chủng"),
    T45("8.", "Lập hồ sơ sức khỏe điện tử cho người dân; quản lý bệnh không lây nhiễm tại tuyến xã", "Sở Y tế", "Công an tỉnh; UBND các xã, phường", "Quý IV/2026", "90% dân số có hồ sơ sức khỏe điện tử"),
    T45("9.", "Kiểm tra an toàn thực phẩm dịp Tết Nguyên đán và mùa lễ hội", "Chi cục An toàn vệ sinh thực phẩm", "Sở Công Thương; Sở Nông nghiệp và Môi trường; Công an tỉnh", "Tháng 1 - 3/2026", "Báo cáo kết quả kiểm tra"))]}

T46 = tasker("content", "lead", "coordinating", "timeframe", "note")
P46 = {"schema": "annex/v1", "appendix": "", "title": "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026 CỦA ỦY BAN NHÂN DÂN XÃ",
 "subtitle": "(Kèm theo Kế hoạch số 09/KH-UBND ngày 08/01/2026 của Ủy ban nhân dân xã)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "note"),
   ["TT", "Nhiệm vụ", "Đơn vị thực hiện", "Đơn vị phối hợp", "Thời gian", "Ghi chú"], [0.05, 0.4, 0.15, 0.15, 0.13, 0.12])],
 "items": [
  SK("I", "CẢI CÁCH THỂ CHẾ",
    T46("1", "Rà soát, hệ thống hóa văn bản quy phạm pháp luật do Hội đồng nhân dân, Ủy ban nhân dân xã ban hành", "Văn phòng HĐND và UBND xã", "Phòng Kinh tế; Phòng Văn hóa - Xã hội", "Quý I/2026", ""),
    T46("2", "Kiểm tra, theo dõi tình hình thi hành pháp luật trên địa bàn xã", "Văn phòng HĐND và UBND xã", "Các phòng chuyên môn", "Tháng 10/2026", "")),
  SK("II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
    T46("3", "Niêm yết công khai thủ tục hành chính tại Trung tâm Phục vụ hành chính công xã và trên Trang thông tin điện tử của xã", "Trung tâm Phục vụ hành chính công xã", "", "Thường xuyên", ""),
    T46("4", "Tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính", "Văn phòng HĐND và UBND xã", "Các phòng chuyên môn", "Khi phát sinh", "Trả lời trong 10 ngày làm việc"),
    T46("5", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Trung tâm Phục vụ hành chính công xã", "Phòng Kinh tế", "Năm 2026", "Đạt 100% hồ sơ")),
  SK("III", "CẢI CÁCH TỔ CHỨC BỘ MÁY VÀ CHẾ ĐỘ CÔNG VỤ",
    T46("6", "Xây dựng vị trí việc làm của cán bộ, công chức xã", "Phòng Văn hóa - Xã hội", "Văn phòng HĐND và UBND xã", "Quý II/2026", "Trình UBND tỉnh phê duyệt"),
    T46("7", "Đánh giá, xếp loại cán bộ, công chức theo kết quả thực hiện nhiệm vụ hằng tháng", "Chủ tịch UBND xã", "Các phòng chuyên môn", "Hằng tháng", ""),
    T46("8", "Tổ chức bồi dưỡng kỹ năng chuyển đổi số cho cán bộ, công chức", "Phòng Văn hóa - Xã hội", "Trung tâm Chính trị cấp huyện cũ; Viễn thông tỉnh", "Quý III/2026", "")),
  SK("IV", "CHUYỂN ĐỔI SỐ, XÂY DỰNG CHÍNH QUYỀN SỐ",
    T46("9", "Sử dụng hệ thống quản lý văn bản và điều hành trong xử lý công việc; ký số văn bản đi", "Văn phòng HĐND và UBND xã", "Các phòng chuyên môn", "Thường xuyên", "Trừ văn bản mật"),
    T46("10", "Vận hành Tổ công nghệ số cộng đồng tại các thôn, tổ dân phố", "Phòng Văn hóa - Xã hội", "Đoàn Thanh niên xã; Công an xã", "Năm 2026", ""))]}

T47 = tasker("content", "lead", "coordinating", "timeframe", "funding", "note")
P47 = {"schema": "annex/v1", "appendix": "02", "title": "NHIỆM VỤ TRỌNG TÂM THỰC HIỆN ĐỀ ÁN PHÁT TRIỂN DU LỊCH CỘNG ĐỒNG GẮN VỚI BẢO TỒN VĂN HÓA CÁC DÂN TỘC THIỂU SỐ GIAI ĐOẠN 2026 - 2030",
 "subtitle": "(Kèm theo Quyết định số 1047/QĐ-UBND ngày 02/6/2026 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "funding", "note"),
   ["TT", "Nội dung", "Cơ quan, đơn vị chủ trì", "Cơ quan, đơn vị phối hợp", "Thời gian thực hiện", "Kinh phí (triệu đồng)", "Ghi chú"], [0.04, 0.32, 0.15, 0.16, 0.11, 0.1, 0.12])],
 "items": [
  SK("I", "Quy hoạch, đầu tư hạ tầng du lịch cộng đồng",
    T47("1", "Khảo sát, lựa chọn các thôn, bản có tiềm năng phát triển du lịch cộng đồng", "Sở Văn hóa, Thể thao và Du lịch", "UBND các xã vùng đồng bào dân tộc thiểu số", "Quý III/2026", "350", ""),
    T47("2", "Hỗ trợ đầu tư hạ tầng thiết yếu tại các điểm du lịch cộng đồng:", "UBND các xã", "Sở Xây dựng; Sở Tài chính", "2026 - 2028", "", "",
      subs=[T47("2.1", "Đường giao thông kết nối đến điểm du lịch", "UBND các xã", "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh", "2026 - 2027", "12.500", "Lồng ghép Chương trình mục tiêu quốc gia"),
            T47("2.2", "Nhà vệ sinh công cộng, bãi đỗ xe, biển chỉ dẫn", "UBND các xã", "Sở Văn hóa, Thể thao và Du lịch", "Năm 2027", "2.400", "")])),
  SK("II", "Bảo tồn văn hóa và phát triển sản phẩm",
    T47("3", "Phục dựng, bảo tồn lễ hội truyền thống, nghề thủ công của đồng bào các dân tộc thiểu số", "Sở Văn hóa, Thể thao và Du lịch", "Ban Dân tộc tỉnh; UBND các xã", "Hằng năm", "800", "Ưu tiên lễ hội có nguy cơ mai một"),
    T47("4", "Xây dựng sản phẩm du lịch trải nghiệm gắn với nông nghiệp, ẩm thực địa phương", "Các doanh nghiệp lữ hành", "Hiệp hội Du lịch tỉnh; Hội Nông dân tỉnh", "Thường xuyên", "Xã hội hóa", ""),
    T47("5", "Tập huấn kỹ năng làm du lịch cho hộ gia đình kinh doanh dịch vụ lưu trú tại nhà dân (homestay)", "Trung tâm Xúc tiến Du lịch", "Trường Cao đẳng Văn hóa Nghệ thuật và Du lịch", "Quý II hằng năm", "150", "")),
  SK("III", "Quảng bá, xúc tiến và quản lý nhà nước",
    T47("6", "Quảng bá du lịch cộng đồng trên các nền tảng số, mạng xã hội", "Trung tâm Xúc tiến Du lịch", "Báo và Phát thanh, Truyền hình tỉnh", "Thường xuyên", "200", ""),
    T47("7", "Kiểm tra, đánh giá việc đáp ứng tiêu chuẩn của các điểm du lịch cộng đồng", "Sở Văn hóa, Thể thao và Du lịch", "Công an tỉnh; UBND các xã", "Tháng 11 hằng năm", "", "Báo cáo UBND tỉnh trước 15/12"))]}

T48 = tasker("content", "lead", "coordinating", "extra:Cấp trình", "timeframe")
P48 = {"schema": "annex/v1", "appendix": "", "title": "DANH MỤC ĐỀ ÁN, DỰ THẢO VĂN BẢN TRÌNH CHÍNH PHỦ, THỦ TƯỚNG CHÍNH PHỦ NĂM 2026",
 "subtitle": "(Ban hành kèm theo Quyết định số 25/QĐ-BNNMT ngày 06/01/2026 của Bộ trưởng Bộ Nông nghiệp và Môi trường)",
 "sectionStyle": "merged",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "extra", "timeframe"),
   ["STT", "Tên đề án, văn bản", "Đơn vị chủ trì soạn thảo", "Đơn vị phối hợp", "Cấp trình", "Thời gian trình"], [0.05, 0.38, 0.16, 0.17, 0.11, 0.13])],
 "items": [
  SK("I", "LĨNH VỰC NÔNG NGHIỆP",
    T48("1", "Nghị định sửa đổi, bổ sung một số điều của Nghị định về chính sách hỗ trợ sản xuất nông nghiệp để khôi phục sản xuất vùng bị thiệt hại do thiên tai, dịch bệnh", "Cục Trồng trọt và Bảo vệ thực vật", "Vụ Pháp chế; Vụ Tài chính", "Chính phủ", "Tháng 6/2026"),
    T48("2", "Quyết định phê duyệt Chiến lược phát triển chăn nuôi giai đoạn 2026 - 2035, tầm nhìn đến năm 2045", "Cục Chăn nuôi và Thú y", "Viện Chăn nuôi; các địa phương", "Thủ tướng Chính phủ", "Quý III/2026"),
    T48("3", "Đề án phát triển vùng nguyên liệu gỗ rừng trồng có chứng chỉ quản lý rừng bền vững", "Cục Lâm nghiệp và Kiểm lâm", "Vụ Kế hoạch - Tài chính", "Thủ tướng Chính phủ", "Tháng 9/2026")),
  SK("II", "LĨNH VỰC TÀI NGUYÊN VÀ MÔI TRƯỜNG",
    T48("4", "Nghị định quy định chi tiết một số điều của Luật Tài nguyên nước về khai thác, sử dụng nước dưới đất", "Cục Quản lý tài nguyên nước", "Vụ Pháp chế; Cục Địa chất và Khoáng sản Việt Nam", "Chính phủ", "Tháng 10/2026"),
    T48("5", "Kế hoạch quốc gia về quản lý chất lượng môi trường không khí giai đoạn 2026 - 2030", "Cục Môi trường", "Các bộ, ngành; UBND các tỉnh, thành phố", "Thủ tướng Chính phủ", "Quý IV/2026"),
    T48("6", "Nghị định về phát triển thị trường các-bon trong nước", "Cục Biến đổi khí hậu", "Bộ Tài chính; Bộ Công Thương", "Chính phủ", "Tháng 12/2026"))]}

T49 = tasker("content", "lead", "coordinating", "deliverable", "timeframe")
P49 = {"schema": "annex/v1", "appendix": "", "title": "DANH MỤC NHIỆM VỤ THỰC HIỆN KẾ HOẠCH PHÒNG, CHỐNG MA TÚY TRÊN ĐỊA BÀN TỈNH NĂM 2026",
 "subtitle": "(Kèm theo Kế hoạch số 77/KH-UBND ngày 03/3/2026 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "deliverable", "timeframe"),
   ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Sản phẩm", "Thời gian hoàn thành"], [0.05, 0.36, 0.15, 0.17, 0.15, 0.12])],
 "items": [
  SK("I", "CÔNG TÁC TUYÊN TRUYỀN, PHÒNG NGỪA",
    T49("1", "Tuyên truyền về tác hại của ma túy trong trường học, khu dân cư; lồng ghép nội dung phòng, chống ma túy vào hoạt động ngoại khóa", "Sở Giáo dục và Đào tạo", "Công an tỉnh; Tỉnh Đoàn; UBND các xã, phường", "Các buổi tuyên truyền", "Thường xuyên"),
    T49("2", "Xây dựng xã, phường không ma túy; nhân rộng mô hình tự quản về an ninh trật tự", "Công an tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Số xã, phường được công nhận", "Tháng 11/2026")),
  SK("II", "CÔNG TÁC ĐẤU TRANH, TRẤN ÁP TỘI PHẠM",
    T49("3", "Mở đợt cao điểm tấn công, trấn áp tội phạm ma túy tại các tuyến, địa bàn trọng điểm", "Công an tỉnh", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh; Cục Hải quan", "Báo cáo kết quả đợt cao điểm", "Quý II và Quý IV/2026"),
    T49("4", "Kiểm soát chặt chẽ tiền chất, thuốc gây nghiện, thuốc hướng thần tại các cơ sở y tế, kinh doanh dược phẩm", "Sở Y tế", "Công an tỉnh; Sở Công Thương", "Biên bản kiểm tra", "Định kỳ 6 tháng")),
  SK("III", "CÔNG TÁC CAI NGHIỆN VÀ QUẢN LÝ SAU CAI",
    T49("5", "Tổ chức cai nghiện ma túy tự nguyện tại gia đình, cộng đồng; điều trị nghiện bằng thuốc thay thế Methadone", "Sở Y tế", "Công an tỉnh; UBND các xã, phường", "Số người được cai nghiện", "Năm 2026"),
    T49("6", "Hỗ trợ học nghề, tạo việc làm cho người sau cai nghiện tái hòa nhập cộng đồng", "Sở Nội vụ", "Hội Liên hiệp Phụ nữ tỉnh; Hội Cựu chiến binh tỉnh", "", "Thường xuyên"))]}

T50 = tasker("content", "extra:Mục tiêu", "lead", "coordinating", "timeframe")
P50 = {"schema": "annex/v1", "appendix": "III", "title": "CÁC NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU PHÁT TRIỂN KINH TẾ BIỂN VÀ THỦY SẢN GIAI ĐOẠN 2026 - 2030",
 "subtitle": "(Ban hành kèm theo Nghị quyết số 12-NQ/TU ngày 15/5/2026 của Ban Chấp hành Đảng bộ tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "extra", "lead", "coordinating", "timeframe"),
   ["TT", "Nhiệm vụ, giải pháp", "Mục tiêu", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"], [0.05, 0.33, 0.16, 0.15, 0.19, 0.12])],
 "items": []}
P50["items"] = [
  SK("I", "PHÁT TRIỂN NUÔI TRỒNG VÀ KHAI THÁC THỦY SẢN BỀN VỮNG",
    T50("1", "Quy hoạch vùng nuôi trồng thủy sản tập trung ứng dụng công nghệ cao", "05 vùng nuôi tập trung", "Sở Nông nghiệp và Môi trường", "UBND các xã ven biển", "2026 - 2027"),
    T50("2", "Chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định (IUU)", "100% tàu cá lắp thiết bị giám sát hành trình", "Sở Nông nghiệp và Môi trường", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh; Công an tỉnh", "Thường xuyên")),
  SK("II", "PHÁT TRIỂN HẠ TẦNG CẢNG CÁ VÀ DỊCH VỤ HẬU CẦN NGHỀ CÁ",
    T50("3", "Nâng cấp cảng cá, khu neo đậu tránh trú bão cho tàu cá", "02 cảng cá đạt loại I", "Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp tỉnh", "Sở Tài chính; Sở Xây dựng", "2026 - 2030"),
    T50("4", "Thu hút doanh nghiệp đầu tư chế biến sâu, bảo quản sau thu hoạch", "Tỷ lệ chế biến sâu đạt 40%", "Sở Tài chính", "Ban Quản lý Khu kinh tế tỉnh", "Đến năm 2030"),
    T50("5", "Xây dựng thương hiệu, chỉ dẫn địa lý cho sản phẩm thủy sản chủ lực", "03 sản phẩm", "Sở Khoa học và Công nghệ", "Hội Nghề cá tỉnh; các hợp tác xã", "Quý IV/2027"))]

# fifty-one: a legal education plan with the product after the time,
# tasks numbered "1." anew in each section, sub-tasks "a)", a content cell
# of "- " bullets, and a law named after a list's comma ("…, Luật" /
# "Bảo hiểm xã hội")
# fifty-two: a traffic safety list in five columns (lead only, notes),
# parts A and B with tasks right under part A, times said by a campaign's
# peak ("Cao điểm dịp Tết, lễ hội") or a season ("Trước mùa mưa bão")
T51 = tasker("content", "lead", "coordinating", "timeframe", "deliverable")
S51 = tasker("content", "lead", "coordinating", "timeframe", "deliverable")
P51 = {"schema": "annex/v1", "appendix": "01", "title": "NHIỆM VỤ PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT VÀ HÒA GIẢI Ở CƠ SỞ NĂM 2027",
 "subtitle": "(Kèm theo Kế hoạch số 245/KH-UBND ngày 28/12/2026 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "deliverable"),
   ["STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Sản phẩm"], [0.05, 0.37, 0.14, 0.18, 0.12, 0.14])],
 "items": [
  SK("I", "CÔNG TÁC CHỈ ĐẠO, HƯỚNG DẪN",
    T51("1.", "Ban hành kế hoạch phổ biến, giáo dục pháp luật năm 2027 của Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh", "Sở Tư pháp", "Thành viên Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh", "Tháng 01/2027", "Kế hoạch"),
    T51("2.", "Hướng dẫn các xã, phường triển khai Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam (09/11)", "Sở Tư pháp", "UBND các xã, phường", "Tháng 9/2027", "Văn bản hướng dẫn")),
  SK("II", "PHỔ BIẾN PHÁP LUẬT CHO CÁC ĐỐI TƯỢNG ĐẶC THÙ",
    T51("1.", "Phổ biến pháp luật cho người lao động trong các doanh nghiệp, khu công nghiệp", "Liên đoàn Lao động tỉnh", "Ban Quản lý các khu công nghiệp tỉnh; Sở Nội vụ", "Quý II, Quý III/2027", "Hội nghị, tài liệu", subs=(
      S51("a)", "Biên soạn tài liệu hỏi - đáp về Bộ luật Lao động, Luật Bảo hiểm xã hội", "Liên đoàn Lao động tỉnh", "", "Quý II/2027", "02 bộ tài liệu"),
      S51("b)", "Tổ chức hội nghị đối thoại chính sách pháp luật tại doanh nghiệp", "Liên đoàn Lao động tỉnh", "Các doanh nghiệp", "Quý III/2027", "Hội nghị đối thoại"))),
    T51("2.", "Phổ biến pháp luật cho người dân tộc thiểu số, người dân ở vùng sâu, vùng xa, biên giới bằng tiếng dân tộc", "Sở Dân tộc và Tôn giáo", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh; UBND các xã biên giới", "Năm 2027", "Tờ gấp song ngữ"),
    T51("3.", "Phổ biến pháp luật cho phạm nhân, người bị tạm giữ, tạm giam:\n- Tổ chức nói chuyện chuyên đề tại trại tạm giam;\n- Cung cấp sách, báo pháp luật cho tủ sách trại giam", "Công an tỉnh", "Sở Tư pháp", "Thường xuyên", "")),
  SK("III", "HÒA GIẢI Ở CƠ SỞ VÀ CHUẨN TIẾP CẬN PHÁP LUẬT",
    T51("1.", "Bồi dưỡng kỹ năng hòa giải cho hòa giải viên ở cơ sở", "Sở Tư pháp", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh; UBND các xã, phường", "Quý II/2027", "Lớp bồi dưỡng"),
    T51("2.", "Đánh giá, công nhận xã, phường đạt chuẩn tiếp cận pháp luật năm 2027", "UBND các xã, phường", "Sở Tư pháp; Phòng Văn hóa - Xã hội các xã, phường", "Tháng 12/2027", "Quyết định công nhận"),
    T51("3.", "Tổng kết 5 năm thực hiện Luật Hòa giải ở cơ sở", "Sở Tư pháp", "Các sở, ban, ngành, đoàn thể tỉnh", "Quý IV/2027", "Báo cáo tổng kết"))]}

T52 = tasker("content", "lead", "timeframe", "note")
P52 = {"schema": "annex/v1", "appendix": "", "title": "DANH MỤC NHIỆM VỤ BẢO ĐẢM TRẬT TỰ, AN TOÀN GIAO THÔNG NĂM 2027",
 "subtitle": "(Ban hành kèm theo Kế hoạch số 12/KH-BATGT ngày 10/01/2027 của Ban An toàn giao thông tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "timeframe", "note"),
   ["TT", "Nội dung công việc", "Đơn vị thực hiện", "Thời gian", "Ghi chú"], [0.06, 0.46, 0.2, 0.14, 0.14])],
 "items": [
  SK("A", "NHIỆM VỤ CHUNG", kind="part"),
  SK("B", "NHIỆM VỤ CỤ THỂ", kind="part")]}
P52["items"][0]["items"] = [
  T52("1", "Tuyên truyền, phổ biến Luật Trật tự, an toàn giao thông đường bộ trên các phương tiện thông tin đại chúng", "Sở Văn hóa, Thể thao và Du lịch; Báo và Phát thanh, Truyền hình tỉnh", "Thường xuyên", ""),
  T52("2", "Kiểm tra, đánh giá công tác bảo đảm trật tự, an toàn giao thông của các địa phương", "Văn phòng Ban An toàn giao thông tỉnh", "6 tháng, năm", "Báo cáo Trưởng ban")]
P52["items"][1]["items"] = [
  SK("I", "LĨNH VỰC ĐƯỜNG BỘ",
    T52("3", "Tuần tra, kiểm soát, xử lý vi phạm về nồng độ cồn, tốc độ, chở quá tải trọng", "Công an tỉnh", "Cao điểm dịp Tết, lễ hội", "Phối hợp Thanh tra Sở Xây dựng"),
    T52("4", "Rà soát, xử lý các điểm đen, điểm tiềm ẩn tai nạn giao thông trên quốc lộ, đường tỉnh", "Sở Xây dựng", "Quý I - Quý III/2027", "")),
  SK("II", "LĨNH VỰC ĐƯỜNG THỦY NỘI ĐỊA",
    T52("5", "Kiểm tra bến khách ngang sông, phương tiện chở khách; yêu cầu trang bị áo phao cho hành khách", "Sở Xây dựng; UBND các xã có bến khách ngang sông", "Trước mùa mưa bão", ""),
    T52("6", "Lập biên bản, đình chỉ hoạt động các bến thủy nội địa không bảo đảm điều kiện an toàn", "UBND các xã, phường", "Thường xuyên", "Báo cáo kết quả về Sở Xây dựng"))]

# fifty-three: a revenue plan under "Nhiệm vụ" and "Thời hạn hoàn
# thành", sections set as one merged cell, the product last, a row without
# a number going on task 5, the tax office named "Thuế tỉnh"
# fifty-four: a gender equality plan in seven columns, "Kết quả đầu ra"
# before the time, funding in millions last (one cell "Không phát sinh
# kinh phí"), tasks "3.1" under task "3.", products counted ("01 lớp")
T53 = tasker("content", "lead", "coordinating", "timeframe", "deliverable")
t5 = T53("5", "Đôn đốc thu hồi nợ đọng thuế; công khai danh sách người nộp thuế chây ỳ trên phương tiện thông tin đại chúng", "Thuế tỉnh", "Công an tỉnh; Ngân hàng Nhà nước Khu vực 8", "Hằng tháng", "Danh sách công khai")
t5["cont"] = [{"content": "Áp dụng biện pháp cưỡng chế theo quy định", "lead": "Thuế tỉnh", "timeframe": "Khi phát sinh"}]
P53 = {"schema": "annex/v1", "appendix": "", "title": "NHIỆM VỤ TĂNG CƯỜNG QUẢN LÝ THU, CHỐNG THẤT THU NGÂN SÁCH NHÀ NƯỚC NĂM 2027",
 "subtitle": "(Kèm theo Quyết định số 58/QĐ-UBND ngày 14/01/2027 của Chủ tịch Ủy ban nhân dân tỉnh)",
 "sectionStyle": "merged",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "deliverable"),
   ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn hoàn thành", "Sản phẩm"], [0.05, 0.38, 0.13, 0.19, 0.12, 0.13])],
 "items": [
  SK("I", "QUẢN LÝ NGUỒN THU",
    T53("1", "Rà soát, nắm chắc nguồn thu, đối tượng nộp thuế trên địa bàn; xây dựng kịch bản thu ngân sách theo từng quý", "Thuế tỉnh", "Sở Tài chính; UBND các xã, phường", "Quý I/2027", "Kịch bản thu ngân sách"),
    T53("2", "Quản lý thu đối với hoạt động thương mại điện tử, kinh doanh trên nền tảng số", "Thuế tỉnh", "Sở Công Thương; Sở Khoa học và Công nghệ", "Thường xuyên", ""),
    T53("3", "Thu tiền sử dụng đất, tiền thuê đất; đẩy nhanh tiến độ đấu giá quyền sử dụng đất", "Sở Nông nghiệp và Môi trường", "Sở Tài chính; Trung tâm Phát triển quỹ đất tỉnh", "Tháng 6 và tháng 11/2027", "Kết quả đấu giá")),
  SK("II", "CHỐNG THẤT THU, XỬ LÝ NỢ ĐỌNG",
    T53("4", "Thanh tra, kiểm tra các doanh nghiệp có dấu hiệu chuyển giá, giao dịch liên kết", "Thuế tỉnh", "Công an tỉnh (Phòng Cảnh sát kinh tế)", "Theo kế hoạch thanh tra", "Kết luận thanh tra"),
    t5,
    T53("6", "Phối hợp chia sẻ thông tin về đăng ký kinh doanh, cấp phép xây dựng, chuyển nhượng bất động sản với cơ quan thuế", "Sở Tài chính", "Sở Xây dựng; Văn phòng Đăng ký đất đai tỉnh; Kho bạc Nhà nước Khu vực VIII", "Hằng quý", "Quy chế phối hợp"))]}

T54 = tasker("content", "lead", "coordinating", "deliverable", "timeframe", "funding")
P54 = {"schema": "annex/v1", "appendix": "02", "title": "KẾ HOẠCH HOẠT ĐỘNG THỰC HIỆN CHƯƠNG TRÌNH QUỐC GIA VỀ BÌNH ĐẲNG GIỚI NĂM 2027",
 "subtitle": "(Kèm theo Kế hoạch số 31/KH-UBND ngày 20/02/2027 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "deliverable", "timeframe", "funding"),
   ["TT", "Nội dung hoạt động", "Đơn vị chủ trì", "Đơn vị phối hợp", "Kết quả đầu ra", "Thời gian", "Kinh phí (triệu đồng)"], [0.05, 0.31, 0.14, 0.16, 0.13, 0.11, 0.1])],
 "items": [
  SK("I", "Truyền thông nâng cao nhận thức về bình đẳng giới",
    T54("1.", "Tổ chức các hoạt động hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới", "Sở Nội vụ", "Hội Liên hiệp Phụ nữ tỉnh; Liên đoàn Lao động tỉnh", "Lễ mít tinh, pano, áp phích", "Tháng 11 - 12/2027", "150"),
    T54("2.", "Xây dựng, duy trì chuyên mục \"Giới và phát triển\" trên Báo và Phát thanh, Truyền hình tỉnh", "Báo và Phát thanh, Truyền hình tỉnh", "Sở Nội vụ", "12 chuyên mục", "Hằng tháng", "96")),
  SK("II", "Nâng cao năng lực cho đội ngũ làm công tác bình đẳng giới",
    T54("3.", "Tập huấn kiến thức, kỹ năng lồng ghép giới trong xây dựng văn bản quy phạm pháp luật", "Sở Tư pháp", "Sở Nội vụ", "02 lớp tập huấn", "Quý II/2027", "80",
      subs=[T54("3.1", "Lớp cho cán bộ, công chức cấp tỉnh", "Sở Tư pháp", "", "01 lớp", "Tháng 4/2027", "40"),
            T54("3.2", "Lớp cho cán bộ, công chức cấp xã", "Sở Tư pháp", "UBND các xã, phường", "01 lớp", "Tháng 5/2027", "40")]),
    T54("4.", "Hỗ trợ phụ nữ dân tộc thiểu số tham gia ứng cử đại biểu Hội đồng nhân dân các cấp", "Hội Liên hiệp Phụ nữ tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh; Sở Dân tộc và Tôn giáo", "Số nữ ứng cử viên được hỗ trợ", "Năm 2027", "1.200"),
    T54("5.", "Kiểm tra, giám sát việc thực hiện pháp luật về bình đẳng giới tại các cơ quan, đơn vị, doanh nghiệp", "Sở Nội vụ", "Các sở, ban, ngành liên quan", "Báo cáo kết quả kiểm tra", "Quý III/2027", "Không phát sinh kinh phí"))]}

# fifty-five: a competitiveness (PCI) plan under capitalised heads, the
# title wrapping onto a line that opens "(PCI)", dotted subsections "I.1"
# with tasks numbered on, items "(1) …; (2) …"
# fifty-six: an animal disease plan in five columns (lead only, notes),
# times by waves "Đợt 1: Tháng 4; Đợt 2: Tháng 10", "- " bullets
T55 = tasker("content", "lead", "coordinating", "timeframe", "deliverable")
P55 = {"schema": "annex/v1", "appendix": "I", "title": "NHIỆM VỤ CẢI THIỆN CHỈ SỐ NĂNG LỰC CẠNH TRANH CẤP TỈNH (PCI) GIAI ĐOẠN 2027 - 2028",
 "subtitle": "(Ban hành kèm theo Kế hoạch số 18/KH-UBND ngày 25/01/2027 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "deliverable"),
   ["STT", "NỘI DUNG NHIỆM VỤ", "CƠ QUAN CHỦ TRÌ", "CƠ QUAN PHỐI HỢP", "THỜI GIAN HOÀN THÀNH", "KẾT QUẢ"], [0.05, 0.36, 0.15, 0.18, 0.12, 0.14])],
 "items": [
  SK("I", "CẢI THIỆN CÁC CHỈ SỐ THÀNH PHẦN",
    SK("I.1", "Chỉ số gia nhập thị trường",
      T55("1", "Rút ngắn thời gian đăng ký thành lập doanh nghiệp còn 02 ngày làm việc; (1) thực hiện đăng ký qua mạng; (2) trả kết quả qua dịch vụ bưu chính công ích", "Sở Tài chính", "Bưu điện tỉnh; Trung tâm Phục vụ hành chính công tỉnh", "Quý II/2027", "Thời gian giải quyết được rút ngắn"),
      T55("2", "Hỗ trợ hộ kinh doanh chuyển đổi lên doanh nghiệp", "Sở Tài chính", "Thuế tỉnh; Hiệp hội Doanh nghiệp tỉnh", "Năm 2027 - 2028", "Số doanh nghiệp thành lập mới"), kind="subsection"),
    SK("I.2", "Chỉ số tiếp cận đất đai",
      T55("3", "Công khai quy hoạch, kế hoạch sử dụng đất trên Cổng thông tin điện tử tỉnh", "Sở Nông nghiệp và Môi trường", "UBND các xã, phường", "Trước ngày 30/6/2027", "Thông tin được công khai"),
      T55("4", "Rút ngắn thời gian giao đất, cho thuê đất đối với dự án đầu tư ngoài ngân sách", "Sở Nông nghiệp và Môi trường", "Ban Quản lý Khu kinh tế tỉnh; Sở Xây dựng", "Thường xuyên", ""), kind="subsection")),
  SK("II", "NÂNG CAO CHẤT LƯỢNG ĐỐI THOẠI VỚI DOANH NGHIỆP",
    T55("5", "Tổ chức Hội nghị đối thoại giữa lãnh đạo tỉnh với cộng đồng doanh nghiệp", "Trung tâm Xúc tiến đầu tư, Thương mại và Du lịch", "Hiệp hội Doanh nghiệp tỉnh; Hội Doanh nhân trẻ tỉnh", "Quý I hằng năm", "Hội nghị đối thoại"),
    T55("6", "Khảo sát mức độ hài lòng của doanh nghiệp đối với các sở, ngành, địa phương (DDCI)", "Văn phòng UBND tỉnh", "Viện Nghiên cứu phát triển kinh tế - xã hội", "Tháng 10/2027", "Báo cáo kết quả DDCI"))]}

T56 = tasker("content", "lead", "timeframe", "note")
P56 = {"schema": "annex/v1", "appendix": "", "title": "CÁC HOẠT ĐỘNG PHÒNG, CHỐNG DỊCH BỆNH ĐỘNG VẬT NĂM 2027",
 "subtitle": "(Kèm theo Kế hoạch số 40/KH-UBND ngày 05/3/2027 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "timeframe", "note"),
   ["TT", "Nội dung công việc", "Đơn vị thực hiện", "Thời gian", "Ghi chú"], [0.05, 0.45, 0.2, 0.15, 0.15])],
 "items": [
  SK("I", "GIÁM SÁT, PHÁT HIỆN SỚM DỊCH BỆNH",
    T56("1", "Giám sát chủ động bệnh Dịch tả lợn châu Phi, Cúm gia cầm tại các chợ buôn bán, cơ sở giết mổ", "Chi cục Chăn nuôi và Thú y", "Tháng 3 và tháng 9", "Lấy mẫu xét nghiệm"),
    T56("2", "Thông tin, báo cáo kịp thời khi phát hiện động vật mắc bệnh, chết không rõ nguyên nhân:\n- Chủ hộ chăn nuôi báo cáo nhân viên thú y xã;\n- Nhân viên thú y báo cáo UBND xã trong vòng 24 giờ", "UBND các xã, phường", "Khi có dịch", "")),
  SK("II", "TIÊM PHÒNG VÀ VỆ SINH, TIÊU ĐỘC KHỬ TRÙNG",
    T56("3", "Tiêm phòng vắc xin Lở mồm long móng, Viêm da nổi cục cho trâu, bò", "UBND các xã, phường; Chi cục Chăn nuôi và Thú y", "Đợt 1: Tháng 4; Đợt 2: Tháng 10", "Tỷ lệ tiêm đạt trên 80% tổng đàn"),
    T56("4", "Tổ chức Tháng hành động vệ sinh, tiêu độc, khử trùng môi trường chăn nuôi", "Chi cục Chăn nuôi và Thú y", "Đợt 1: Tháng 5; Đợt 2: Tháng 11", "Cấp hóa chất cho các xã"),
    T56("5", "Kiểm soát vận chuyển động vật, sản phẩm động vật ra, vào địa bàn tỉnh", "Công an tỉnh; Chi cục Chăn nuôi và Thú y", "Thường xuyên", "Phối hợp Đội Quản lý thị trường"))]}

# fifty-seven: a manpower plan in seven columns under short heads
# ("Chủ trì", "Phối hợp", "Tiến độ", "Nguồn kinh phí"), parts A and B,
# tasks right under part B, counted products ("3.000 lao động …")
# fifty-eight: a consumer protection programme under "Số TT", its groups
# numbered "1", "2" with only their content spanning the table, tasks
# "1.1" under them: by the contract such a row is a task whose other
# cells are empty (spanning_tasks turns the printed groups into them)
T57 = tasker("content", "lead", "coordinating", "deliverable", "timeframe", "funding")
P57 = {"schema": "annex/v1", "appendix": "03", "title": "DANH MỤC NHIỆM VỤ PHÁT TRIỂN NGUỒN NHÂN LỰC CHẤT LƯỢNG CAO NĂM 2027",
 "subtitle": "(Kèm theo Kế hoạch số 57/KH-UBND ngày 12/02/2027 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "deliverable", "timeframe", "funding"),
   ["TT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Sản phẩm", "Tiến độ", "Nguồn kinh phí"], [0.05, 0.33, 0.14, 0.16, 0.13, 0.09, 0.1])],
 "items": [
  SK("A", "ĐÀO TẠO, BỒI DƯỠNG", kind="part"),
  SK("B", "THU HÚT, TRỌNG DỤNG NHÂN TÀI", kind="part")]}
P57["items"][0]["items"] = [
  SK("I", "Giáo dục nghề nghiệp",
    T57("1", "Đào tạo nghề trình độ cao đẳng, trung cấp cho lao động các khu công nghiệp theo đặt hàng của doanh nghiệp", "Sở Nội vụ", "Các trường cao đẳng; Ban Quản lý các khu công nghiệp", "3.000 lao động được đào tạo", "2027", "Ngân sách tỉnh; doanh nghiệp"),
    T57("2", "Kiểm định chất lượng cơ sở giáo dục nghề nghiệp", "Sở Nội vụ", "", "Báo cáo kiểm định", "Quý IV", "Sự nghiệp giáo dục")),
  SK("II", "Giáo dục đại học và sau đại học",
    T57("3", "Hỗ trợ học phí cho sinh viên theo học các ngành công nghệ bán dẫn, trí tuệ nhân tạo", "Sở Giáo dục và Đào tạo", "Trường Đại học Kỹ thuật Công nghiệp; Sở Tài chính", "200 sinh viên được hỗ trợ", "Năm học 2027 - 2028", "Ngân sách tỉnh"))]
P57["items"][1]["items"] = [
  T57("4", "Ban hành chính sách thu hút tiến sĩ, chuyên gia về làm việc tại tỉnh", "Sở Nội vụ", "Sở Tư pháp; Sở Tài chính", "Nghị quyết của HĐND tỉnh", "Kỳ họp giữa năm 2027", "Không"),
  T57("5", "Tổ chức Diễn đàn trí thức trẻ kiều bào hướng về quê hương", "Tỉnh Đoàn", "Sở Ngoại vụ; Hội Liên hiệp Thanh niên Việt Nam tỉnh", "Diễn đàn", "Tháng 8/2027", "Xã hội hóa")]

T58 = tasker("content", "lead", "coordinating", "timeframe")
P58 = {"schema": "annex/v1", "appendix": "", "title": "NHIỆM VỤ CỤ THỂ TRIỂN KHAI CHƯƠNG TRÌNH HÀNH ĐỘNG VỀ BẢO VỆ QUYỀN LỢI NGƯỜI TIÊU DÙNG",
 "subtitle": "(Kèm theo Chương trình số 06/CTr-UBND ngày 02/4/2027 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe"),
   ["Số TT", "Nội dung", "Cơ quan thực hiện", "Cơ quan phối hợp", "Thời gian hoàn thành"], [0.07, 0.45, 0.16, 0.18, 0.14])],
 "items": [
  SK("1", "Hoàn thiện thể chế, chính sách",
    T58("1.1", "Rà soát, đề xuất sửa đổi quy định về giải quyết tranh chấp giữa người tiêu dùng và tổ chức, cá nhân kinh doanh", "Sở Công Thương", "Sở Tư pháp", "Quý III/2027"),
    T58("1.2", "Xây dựng quy chế phối hợp trong công tác bảo vệ quyền lợi người tiêu dùng trên môi trường số", "Sở Công Thương", "Công an tỉnh; Sở Khoa học và Công nghệ", "Tháng 9/2027")),
  SK("2", "Kiểm tra, xử lý vi phạm",
    T58("2.1", "Kiểm tra việc niêm yết giá, ghi nhãn hàng hóa tại các siêu thị, trung tâm thương mại, chợ đầu mối", "Chi cục Quản lý thị trường", "Sở Y tế; UBND các xã, phường", "Hằng quý"),
    T58("2.2", "Xử lý nghiêm các hành vi gian lận thương mại, quảng cáo sai sự thật trên mạng xã hội", "Công an tỉnh", "Chi cục Quản lý thị trường; Thanh tra tỉnh", "Thường xuyên"),
    T58("2.3", "Tiếp nhận, giải quyết khiếu nại của người tiêu dùng qua Tổng đài 1800", "Hội Bảo vệ quyền lợi người tiêu dùng tỉnh", "Sở Công Thương", "Khi có khiếu nại"))]}

def spanning_tasks(e):
    for it in e["items"]:
        it.update({"kind": "task", "content": it.pop("title"), "lead": "", "coordinating": "", "timeframe": ""})
# fifty-nine: a reorganisation of public service units in seven columns,
# "Hình thức văn bản" for the product, a notes column, merged sections
# sixty: a commune Party committee's inspection schedule in four columns
# under "Bộ phận thực hiện", Party organs ending their names ("Ủy ban
# Kiểm tra Đảng ủy")
T59 = tasker("content", "lead", "coordinating", "timeframe", "deliverable", "note")
P59 = {"schema": "annex/v1", "appendix": "02", "title": "PHÂN CÔNG NHIỆM VỤ THỰC HIỆN ĐỀ ÁN SẮP XẾP, TỔ CHỨC LẠI ĐƠN VỊ SỰ NGHIỆP CÔNG LẬP",
 "subtitle": "(Kèm theo Quyết định số 612/QĐ-UBND ngày 30/3/2027 của Ủy ban nhân dân tỉnh)",
 "sectionStyle": "merged",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "deliverable", "note"),
   ["STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn", "Hình thức văn bản", "Ghi chú"], [0.05, 0.32, 0.14, 0.16, 0.1, 0.13, 0.1])],
 "items": [
  SK("I", "LĨNH VỰC GIÁO DỤC",
    T59("1", "Sáp nhập các trường tiểu học, trung học cơ sở có quy mô nhỏ trên cùng địa bàn xã", "UBND các xã, phường", "Sở Giáo dục và Đào tạo; Sở Nội vụ", "Trước 31/8/2027", "Quyết định", "Bảo đảm quyền lợi học sinh"),
    T59("2", "Tổ chức lại Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên các khu vực", "Sở Giáo dục và Đào tạo", "Sở Nội vụ", "Quý III/2027", "Đề án", "")),
  SK("II", "LĨNH VỰC Y TẾ",
    T59("3", "Hợp nhất Trung tâm Kiểm soát bệnh tật tỉnh với Trung tâm Kiểm nghiệm thuốc, mỹ phẩm, thực phẩm", "Sở Y tế", "Sở Nội vụ; Sở Tài chính", "Tháng 10/2027", "Tờ trình, dự thảo Quyết định", "Trình UBND tỉnh"),
    T59("4", "Giao quyền tự chủ tài chính cho các bệnh viện đủ điều kiện", "Sở Y tế", "Sở Tài chính; Bảo hiểm xã hội tỉnh", "Năm 2027", "Quyết định giao tự chủ", "")),
  SK("III", "LĨNH VỰC VĂN HÓA, THÔNG TIN",
    T59("5", "Sáp nhập Nhà hát Ca múa nhạc tỉnh và Đoàn Nghệ thuật truyền thống", "Sở Văn hóa, Thể thao và Du lịch", "Sở Nội vụ", "Quý IV/2027", "Đề án", "Lấy ý kiến người lao động"))]}

T60 = tasker("content", "lead", "timeframe")
P60 = {"schema": "annex/v1", "appendix": "", "title": "LỊCH TRÌNH THỰC HIỆN KẾ HOẠCH KIỂM TRA, GIÁM SÁT NĂM 2027 CỦA BAN CHẤP HÀNH ĐẢNG BỘ XÃ",
 "subtitle": "(Kèm theo Kế hoạch số 15-KH/ĐU ngày 10/01/2027 của Ban Chấp hành Đảng bộ xã)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "timeframe"),
   ["TT", "Nội dung", "Bộ phận thực hiện", "Thời gian"], [0.06, 0.56, 0.22, 0.16])],
 "items": [
  SK("I", "KIỂM TRA",
    T60("1", "Kiểm tra việc lãnh đạo, chỉ đạo thực hiện nhiệm vụ phát triển kinh tế - xã hội đối với Chi bộ thôn Đông và Chi bộ thôn Tây", "Ủy ban Kiểm tra Đảng ủy", "Tháng 4 - 5/2027"),
    T60("2", "Kiểm tra đảng viên chấp hành Điều lệ Đảng, quy định những điều đảng viên không được làm", "Các chi bộ", "Quý II, Quý III"),
    T60("3", "Kiểm tra tài chính đảng tại Văn phòng Đảng ủy và các chi bộ trực thuộc", "Ủy ban Kiểm tra Đảng ủy", "Tháng 11/2027")),
  SK("II", "GIÁM SÁT",
    T60("4", "Giám sát chuyên đề việc thực hiện quy chế dân chủ ở cơ sở", "Ban Thường vụ Đảng ủy", "Quý III/2027"),
    T60("5", "Giám sát thường xuyên đối với tổ chức đảng và đảng viên", "Đảng ủy viên phụ trách địa bàn", "Thường xuyên"))]}

# sixty-one: a green industry programme under "Nhiệm vụ, giải pháp" and
# "Kết quả, sản phẩm", sub-tasks "a)" under a task ending in a colon
# sixty-two: an anniversary plan with a notes column, a quoted book title
T61 = tasker("content", "lead", "coordinating", "deliverable", "timeframe")
P61 = {"schema": "annex/v1", "appendix": "01", "title": "NHIỆM VỤ THỰC HIỆN CHƯƠNG TRÌNH CHUYỂN ĐỔI XANH TRONG SẢN XUẤT CÔNG NGHIỆP GIAI ĐOẠN 2027 - 2030",
 "subtitle": "(Kèm theo Quyết định số 890/QĐ-UBND ngày 15/4/2027 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "deliverable", "timeframe"),
   ["STT", "Nhiệm vụ, giải pháp", "Cơ quan chủ trì", "Cơ quan phối hợp", "Kết quả, sản phẩm", "Thời gian thực hiện"], [0.05, 0.35, 0.15, 0.18, 0.15, 0.12])],
 "items": [
  SK("I", "HOÀN THIỆN CƠ CHẾ, CHÍNH SÁCH",
    T61("1", "Xây dựng tiêu chí khu công nghiệp sinh thái, cụm công nghiệp xanh áp dụng trên địa bàn tỉnh", "Sở Công Thương", "Ban Quản lý các khu công nghiệp; Sở Nông nghiệp và Môi trường", "Bộ tiêu chí được ban hành", "Năm 2027"),
    T61("2", "Nghiên cứu cơ chế hỗ trợ doanh nghiệp đầu tư đổi mới công nghệ, tiết kiệm năng lượng", "Sở Tài chính", "Sở Khoa học và Công nghệ; Sở Công Thương", "Nghị quyết của HĐND tỉnh", "2027 - 2028")),
  SK("II", "TRIỂN KHAI CÁC MÔ HÌNH CHUYỂN ĐỔI XANH",
    T61("3", "Kiểm kê khí nhà kính đối với các cơ sở phát thải thuộc danh mục phải kiểm kê", "Sở Nông nghiệp và Môi trường", "Các doanh nghiệp", "Báo cáo kiểm kê", "Hằng năm, trước ngày 31/3"),
    T61("4", "Thí điểm mô hình kinh tế tuần hoàn tại 02 cụm công nghiệp:", "Sở Công Thương", "UBND các xã có cụm công nghiệp", "02 mô hình thí điểm", "2028 - 2030", subs=(
      T61("a)", "Thu gom, tái chế chất thải rắn công nghiệp", "Trung tâm Khuyến công và Tư vấn phát triển công nghiệp", "Các doanh nghiệp trong cụm", "Mô hình tái chế", "2028 - 2029"),
      T61("b)", "Sử dụng năng lượng mặt trời mái nhà tại nhà xưởng", "Các doanh nghiệp", "Công ty Điện lực tỉnh", "Công suất lắp đặt", "2029 - 2030"))))]}

T62 = tasker("content", "lead", "coordinating", "timeframe", "note")
P62 = {"schema": "annex/v1", "appendix": "", "title": "KẾ HOẠCH TỔ CHỨC CÁC HOẠT ĐỘNG KỶ NIỆM 80 NĂM NGÀY THÀNH LẬP TỈNH",
 "subtitle": "(Kèm theo Kế hoạch số 77/KH-UBND ngày 20/5/2027 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "note"),
   ["TT", "Nội dung hoạt động", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian", "Ghi chú"], [0.05, 0.38, 0.16, 0.17, 0.12, 0.12])],
 "items": [
  SK("I", "HOẠT ĐỘNG TUYÊN TRUYỀN",
    T62("1", "Treo cờ, băng rôn, khẩu hiệu tại trụ sở cơ quan, các tuyến phố chính", "Sở Văn hóa, Thể thao và Du lịch", "UBND các xã, phường", "Tháng 9/2027", ""),
    T62("2", "Xuất bản sách ảnh \"80 năm xây dựng và phát triển\"", "Sở Văn hóa, Thể thao và Du lịch", "Ban Tuyên giáo và Dân vận Tỉnh ủy; Báo và Phát thanh, Truyền hình tỉnh", "Quý III/2027", "Xã hội hóa")),
  SK("II", "HOẠT ĐỘNG CHÍNH TRỊ, VĂN HÓA",
    T62("3", "Lễ kỷ niệm 80 năm Ngày thành lập tỉnh", "Văn phòng UBND tỉnh", "Các sở, ban, ngành; UBND các xã, phường", "Ngày 01/10/2027", "Truyền hình trực tiếp"),
    T62("4", "Giải Việt dã truyền thống mừng ngày thành lập tỉnh", "Sở Văn hóa, Thể thao và Du lịch", "Liên đoàn Điền kinh tỉnh", "Tháng 9/2027", ""),
    T62("5", "Gặp mặt các thế hệ cán bộ lãnh đạo tỉnh qua các thời kỳ", "Ban Tổ chức Tỉnh ủy", "Văn phòng Tỉnh ủy; Hội Cựu chiến binh tỉnh", "Tháng 10/2027", "Mời 300 đại biểu"))]}

T63 = tasker("content", "lead", "coordinating", "timeframe", "deliverable")
P63 = {"schema": "annex/v1", "appendix": "II", "title": "DANH MỤC NHIỆM VỤ TRIỂN KHAI THI HÀNH LUẬT ĐẤT ĐAI NĂM 2024 TRÊN ĐỊA BÀN TỈNH",
 "subtitle": "(Ban hành kèm theo Kế hoạch số 145/KH-UBND ngày 08/6/2027 của UBND tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "deliverable"),
   ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn hoàn thành", "Sản phẩm"], [0.05, 0.36, 0.15, 0.19, 0.11, 0.14])],
 "items": [
  SK("I", "RÀ SOÁT, BAN HÀNH VĂN BẢN QUY ĐỊNH CHI TIẾT",
    T63("1", "Rà soát các quyết định của UBND tỉnh quy định chi tiết Luật Đất đai đã hết hiệu lực hoặc không còn phù hợp để bãi bỏ, thay thế", "Sở Nông nghiệp và Môi trường", "Sở Tư pháp; các sở, ngành liên quan", "Tháng 7/2027", "Quyết định bãi bỏ, thay thế"),
    T63("2", "Ban hành quy định về hạn mức giao đất, công nhận quyền sử dụng đất cho hộ gia đình, cá nhân", "Sở Nông nghiệp và Môi trường", "Sở Tư pháp; UBND các xã, phường", "Quý III/2027", "Quyết định của UBND tỉnh"),
    T63("3", "Ban hành bảng giá đất lần đầu áp dụng từ ngày 01/01/2028", "Sở Nông nghiệp và Môi trường", "Sở Tài chính; Hội đồng thẩm định bảng giá đất", "Trước ngày 31/12/2027", "Nghị quyết của HĐND tỉnh; Quyết định của UBND tỉnh")),
  SK("II", "QUY HOẠCH, KẾ HOẠCH SỬ DỤNG ĐẤT",
    T63("4", "Lập kế hoạch sử dụng đất 5 năm 2026 - 2030 cấp tỉnh", "Sở Nông nghiệp và Môi trường", "Các sở, ban, ngành; UBND các xã, phường", "Năm 2027", "Kế hoạch được phê duyệt"),
    T63("5", "Lập kế hoạch sử dụng đất hằng năm cấp xã", "UBND các xã, phường", "Sở Nông nghiệp và Môi trường", "Hằng năm", "Kế hoạch sử dụng đất"),
    T63("6", "Công bố công khai quy hoạch, kế hoạch sử dụng đất:", "Sở Nông nghiệp và Môi trường", "", "", "", subs=(
      T63("a", "Trên Cổng thông tin điện tử của tỉnh", "Văn phòng UBND tỉnh", "Sở Nông nghiệp và Môi trường", "Trong 15 ngày kể từ ngày được phê duyệt", "Thông tin được đăng tải"),
      T63("b", "Tại trụ sở UBND cấp xã và điểm sinh hoạt khu dân cư", "UBND các xã, phường", "Mặt trận Tổ quốc Việt Nam cấp xã", "Suốt kỳ quy hoạch", "Biên bản niêm yết")))),
  SK("III", "CƠ SỞ DỮ LIỆU ĐẤT ĐAI",
    T63("7", "Xây dựng cơ sở dữ liệu đất đai, kết nối với hệ thống thông tin đất đai quốc gia", "Văn phòng Đăng ký đất đai tỉnh", "Sở Khoa học và Công nghệ; Công an tỉnh", "2027 - 2029", "Cơ sở dữ liệu được vận hành"),
    T63("8", "Chỉnh lý biến động, cập nhật hồ sơ địa chính thường xuyên", "Chi nhánh Văn phòng Đăng ký đất đai", "UBND các xã, phường", "Thường xuyên", "Hồ sơ địa chính được cập nhật"),
    T63("9", "Tập huấn nghiệp vụ cho công chức địa chính cấp xã", "Sở Nông nghiệp và Môi trường", "Trường Chính trị tỉnh", "Quý IV hằng năm", "02 lớp tập huấn/năm"))]}

T64 = tasker("content", "lead", "coordinating", "timeframe", "note")
P64 = {"schema": "annex/v1", "appendix": "", "title": "PHÂN CÔNG NHIỆM VỤ TRIỂN KHAI CÔNG TÁC PHÒNG CHÁY, CHỮA CHÁY VÀ CỨU NẠN, CỨU HỘ NĂM 2027",
 "subtitle": "(Kèm theo Kế hoạch số 52/KH-UBND ngày 12/3/2027 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "note"),
   ["TT", "Nội dung công việc", "Đơn vị thực hiện", "Đơn vị phối hợp", "Thời gian thực hiện", "Ghi chú"], [0.05, 0.40, 0.15, 0.18, 0.12, 0.10])],
 "items": [
  SK("I", "Công tác tuyên truyền, phổ biến pháp luật",
    T64("1", "Tuyên truyền kiến thức phòng cháy, chữa cháy tại hộ gia đình, nhà ở kết hợp kinh doanh", "Công an tỉnh", "Báo và Phát thanh, Truyền hình tỉnh; UBND các xã, phường", "Cả năm", ""),
    T64("2", "Tổ chức Ngày toàn dân phòng cháy, chữa cháy (04/10)", "Công an tỉnh", "Sở Giáo dục và Đào tạo; Tỉnh đoàn", "Tháng 10/2027", "Lồng ghép diễn tập")),
  SK("II", "Công tác kiểm tra, hướng dẫn",
    T64("3", "Kiểm tra an toàn phòng cháy tại chợ, trung tâm thương mại, cơ sở karaoke, quán bar", "Công an tỉnh", "Sở Công Thương; Sở Văn hóa, Thể thao và Du lịch", "Quý II và Quý IV", "Kiểm tra đột xuất khi cần"),
    T64("4", "Rà soát, xử lý các công trình chưa nghiệm thu về phòng cháy, chữa cháy đã đưa vào sử dụng", "Sở Xây dựng", "Công an tỉnh; UBND các xã, phường", "Trước 30/9/2027", ""),
    T64("5", "Hướng dẫn trang bị phương tiện chữa cháy cho tổ liên gia an toàn", "UBND các xã, phường", "Công an các xã, phường", "Thường xuyên", "")),
  SK("III", "Công tác diễn tập, chữa cháy",
    T64("6", "Diễn tập phương án chữa cháy và cứu nạn, cứu hộ cấp tỉnh tại khu công nghiệp", "Công an tỉnh", "Ban Quản lý các khu công nghiệp; Sở Y tế", "Tháng 11/2027", "Kinh phí từ ngân sách tỉnh"),
    T64("7", "Đầu tư trụ nước chữa cháy tại các khu dân cư tập trung", "Công ty Cổ phần Cấp nước tỉnh", "Công an tỉnh; Sở Xây dựng", "2027", ""))]}

T65 = tasker("content", "lead", "coordinating", "deliverable", "timeframe")
P65 = {"schema": "annex/v1", "appendix": "", "title": "DANH MỤC NHIỆM VỤ THỰC HIỆN CHIẾN LƯỢC PHÁT TRIỂN THỐNG KÊ NĂM 2027 CỦA BỘ",
 "subtitle": "(Kèm theo Quyết định số 1520/QĐ-BTC ngày 02/3/2027 của Bộ trưởng Bộ Tài chính)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "deliverable", "timeframe"),
   ["TT", "Tên nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Sản phẩm", "Thời gian hoàn thành"], [0.05, 0.37, 0.14, 0.18, 0.14, 0.12])],
 "items": [
  SK("I", "HOÀN THIỆN THỂ CHẾ THỐNG KÊ",
    T65("1.1", "Xây dựng Thông tư quy định chế độ báo cáo thống kê ngành tài chính thay thế Thông tư số 65/2018/TT-BTC", "Cục Thống kê", "Vụ Pháp chế; các đơn vị thuộc Bộ", "Thông tư", "Quý IV/2027"),
    T65("1.2", "Rà soát hệ thống chỉ tiêu thống kê quốc gia thuộc lĩnh vực tài chính", "Cục Thống kê", "Vụ Ngân sách nhà nước; Kho bạc Nhà nước", "Báo cáo rà soát", "Tháng 6/2027")),
  SK("II", "ỨNG DỤNG CÔNG NGHỆ THÔNG TIN TRONG HOẠT ĐỘNG THỐNG KÊ",
    T65("2.1", "Nâng cấp phần mềm tổng hợp số liệu thống kê tài chính, kết nối với cơ sở dữ liệu quốc gia về tài chính", "Cục Tin học và Thống kê tài chính", "Cục Thuế; Cục Hải quan; Kho bạc Nhà nước", "Phần mềm được nâng cấp", "Năm 2027"),
    T65("2.2", "Công bố thông tin thống kê trên Cổng thông tin điện tử của Bộ theo lịch phổ biến", "Văn phòng Bộ", "Cục Thống kê", "Thông tin được công bố", "Định kỳ theo lịch"),
    T65("2.3", "Đào tạo, bồi dưỡng nghiệp vụ thống kê cho công chức làm công tác thống kê", "Trường Bồi dưỡng cán bộ tài chính", "Cục Thống kê; Vụ Tổ chức cán bộ", "02 khóa đào tạo", "Quý II, Quý III/2027")),
  SK("III", "HỢP TÁC QUỐC TẾ VỀ THỐNG KÊ",
    T65("3.1", "Tham gia các diễn đàn thống kê tài chính của khu vực ASEAN và Quỹ Tiền tệ Quốc tế (IMF)", "Vụ Hợp tác quốc tế", "Cục Thống kê", "Báo cáo kết quả tham gia", "Theo kế hoạch của IMF"))]}

T66 = tasker("content", "lead", "coordinating", "timeframe")
P66 = {"schema": "annex/v1", "appendix": "", "title": "BẢNG PHÂN CÔNG NHIỆM VỤ THỰC HIỆN CẢI CÁCH HÀNH CHÍNH NĂM 2027 CỦA UBND XÃ",
 "subtitle": "(Kèm theo Kế hoạch số 18/KH-UBND ngày 10/01/2027 của Ủy ban nhân dân xã)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe"),
   ["TT", "Nội dung công việc", "Người/bộ phận chủ trì", "Bộ phận phối hợp", "Thời gian"], [0.06, 0.44, 0.18, 0.18, 0.14])],
 "items": [
  SK("I", "Cải cách thể chế",
    T66("1", "Rà soát văn bản quy phạm pháp luật do HĐND, UBND xã ban hành", "Công chức Tư pháp - Hộ tịch", "Văn phòng HĐND và UBND xã", "Tháng 3 và tháng 9"),
    T66("2", "Kiểm tra việc thực hiện văn bản quy phạm pháp luật tại các thôn", "Công chức Tư pháp - Hộ tịch", "Trưởng các thôn", "Quý III/2027")),
  SK("II", "Cải cách thủ tục hành chính",
    T66("3", "Niêm yết công khai thủ tục hành chính tại Bộ phận Một cửa", "Văn phòng HĐND và UBND xã", "Các công chức chuyên môn", "Thường xuyên"),
    T66("4", "Tiếp nhận, giải quyết hồ sơ trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia", "Bộ phận Một cửa", "Các công chức chuyên môn; Công an xã", "Thường xuyên"),
    T66("5", "Khảo sát mức độ hài lòng của người dân, tổ chức", "Văn phòng HĐND và UBND xã", "Mặt trận Tổ quốc Việt Nam xã", "Tháng 11/2027")),
  SK("III", "Chuyển đổi số",
    T66("6", "Tổ chức tập huấn kỹ năng số cho Tổ công nghệ số cộng đồng", "Công chức Văn hóa - Xã hội", "Đoàn Thanh niên xã; Hội Liên hiệp Phụ nữ xã", "Quý II/2027"),
    T66("7", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực", "Văn phòng HĐND và UBND xã", "Công chức Tư pháp - Hộ tịch; Công chức Địa chính - Xây dựng", "Trước 30/6/2027"))]}

T67 = tasker("content", "lead", "coordinating", "deliverable", "timeframe", "funding", "note")
P67 = {"schema": "annex/v1", "appendix": "03", "title": "DANH MỤC NHIỆM VỤ PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO VÀ CHUYỂN ĐỔI SỐ THEO NGHỊ QUYẾT SỐ 57-NQ/TW",
 "subtitle": "(Kèm theo Kế hoạch số 233/KH-UBND ngày 14/8/2027 của UBND tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "deliverable", "timeframe", "funding", "note"),
   ["STT", "NHIỆM VỤ", "CHỦ TRÌ", "PHỐI HỢP", "SẢN PHẨM", "THỜI GIAN", "KINH PHÍ (triệu đồng)", "GHI CHÚ"], [0.05, 0.30, 0.12, 0.14, 0.12, 0.09, 0.09, 0.09])],
 "items": [
  SK("I", "NÂNG CAO NHẬN THỨC, ĐỔI MỚI TƯ DUY",
    T67("1", "Tổ chức quán triệt Nghị quyết số 57-NQ/TW cho cán bộ chủ chốt các cấp", "Sở Khoa học và Công nghệ", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hội nghị quán triệt", "Quý III/2027", "150", ""),
    T67("2", "Xây dựng chuyên mục \"Chuyển đổi số\" trên Báo và Phát thanh, Truyền hình tỉnh", "Báo và Phát thanh, Truyền hình tỉnh", "Sở Khoa học và Công nghệ", "Chuyên mục định kỳ hằng tuần", "Thường xuyên", "300/năm", "")),
  SK("II", "HOÀN THIỆN THỂ CHẾ, CHÍNH SÁCH",
    T67("3", "Ban hành chính sách hỗ trợ doanh nghiệp khởi nghiệp sáng tạo, thu hút chuyên gia công nghệ", "Sở Khoa học và Công nghệ", "Sở Tài chính; Sở Tư pháp", "Nghị quyết của HĐND tỉnh", "Kỳ họp cuối năm 2027", "", "Không phát sinh kinh phí"),
    T67("4", "Thành lập Quỹ phát triển khoa học và công nghệ tỉnh", "Sở Khoa học và Công nghệ", "Sở Tài chính; Sở Nội vụ", "Quyết định thành lập Quỹ", "2027 - 2028", "5.000", "Vốn điều lệ ban đầu")),
  SK("III", "PHÁT TRIỂN HẠ TẦNG SỐ",
    T67("5", "Phủ sóng di động 5G tại trung tâm các xã, phường và khu công nghiệp", "Các doanh nghiệp viễn thông", "Sở Khoa học và Công nghệ; UBND các xã, phường", "100% trung tâm xã có sóng 5G", "Năm 2028", "Doanh nghiệp tự bảo đảm", ""),
    T67("6", "Xây dựng Trung tâm điều hành thông minh (IOC) cấp tỉnh giai đoạn 2", "Sở Khoa học và Công nghệ", "Công an tỉnh; Văn phòng UBND tỉnh", "IOC giai đoạn 2 đi vào vận hành", "2027 - 2029", "45.000", "Dự án nhóm B"),
    T67("7", "Chuyển đổi hạ tầng lưu trữ sang nền tảng điện toán đám mây", "Văn phòng UBND tỉnh", "Sở Khoa học và Công nghệ", "Hệ thống được chuyển đổi", "Quý II/2028", "2.500", ""))]}

T68 = tasker("content", "lead", "coordinating", "timeframe")
P68 = {"schema": "annex/v1", "appendix": "", "title": "KẾ HOẠCH TỔ CHỨC CÁC HOẠT ĐỘNG HƯỞNG ỨNG THÁNG HÀNH ĐỘNG VÌ TRẺ EM NĂM 2027",
 "subtitle": "(Kèm theo Kế hoạch số 61/KH-UBND ngày 15/4/2027 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe"),
   ["TT", "Hoạt động", "Đơn vị thực hiện", "Đơn vị phối hợp", "Thời gian"], [0.06, 0.42, 0.18, 0.20, 0.14])],
 "items": [
  SK("A", "HOẠT ĐỘNG CẤP TỈNH",
  SK("I", "Truyền thông",
    T68("1.", "Lễ phát động Tháng hành động vì trẻ em cấp tỉnh", "Sở Y tế", "Sở Giáo dục và Đào tạo; Tỉnh đoàn; UBND các xã, phường", "Ngày 01/6/2027"),
    T68("2.", "Treo băng rôn, khẩu hiệu tại các tuyến đường trung tâm, trường học, khu vui chơi", "UBND các xã, phường", "Các trường học trên địa bàn", "Tháng 5 - 6/2027")),
  SK("II", "Chăm sóc, bảo vệ trẻ em",
    T68("3.", "Thăm, tặng quà trẻ em có hoàn cảnh đặc biệt:", "Sở Y tế", "Hội Liên hiệp Phụ nữ tỉnh", "Tháng 6/2027", subs=(
      T68("a)", "Trẻ em mồ côi cả cha và mẹ", "Sở Y tế", "Quỹ Bảo trợ trẻ em tỉnh", "Tháng 6/2027"),
      T68("b)", "Trẻ em khuyết tật nặng, trẻ em mắc bệnh hiểm nghèo", "Hội Chữ thập đỏ tỉnh", "Bệnh viện Sản - Nhi tỉnh", "Tháng 6/2027"))),
    T68("4.", "Tổ chức bơi an toàn, phòng chống đuối nước cho trẻ em dịp hè", "Sở Văn hóa, Thể thao và Du lịch", "Tỉnh đoàn; Sở Giáo dục và Đào tạo", "Tháng 6 - 8/2027")), kind="part"),
  SK("B", "HOẠT ĐỘNG CẤP XÃ",
  SK("I", "Hoạt động tại cộng đồng",
    T68("1.", "Tổ chức diễn đàn trẻ em cấp xã", "UBND các xã, phường", "Đoàn Thanh niên; Hội Liên hiệp Phụ nữ xã", "Tháng 6/2027"),
    T68("2.", "Rà soát, cập nhật dữ liệu trẻ em có hoàn cảnh đặc biệt vào phần mềm quản lý", "Công chức Văn hóa - Xã hội", "Trưởng thôn, tổ dân phố", "Trước 30/6/2027")), kind="part")]}

T69 = tasker("content", "lead", "coordinating", "timeframe", "deliverable")
P69 = {"schema": "annex/v1", "appendix": "", "title": "PHÂN CÔNG NHIỆM VỤ THỰC HIỆN KẾ HOẠCH PHÒNG, CHỐNG BỆNH KHÔNG LÂY NHIỄM GIAI ĐOẠN 2027 - 2030",
 "subtitle": "(Kèm theo Kế hoạch số 92/KH-UBND ngày 20/5/2027 của UBND tỉnh)", "sectionStyle": "merged",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "deliverable"),
   ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện", "Sản phẩm"], [0.05, 0.38, 0.14, 0.17, 0.12, 0.14])],
 "items": [
  SK("I", "TRUYỀN THÔNG, NÂNG CAO NHẬN THỨC",
    T69("1", "Truyền thông về phòng, chống tác hại của thuốc lá, rượu, bia:\n- Xây dựng tin, bài, phóng sự trên báo chí;\n- Treo áp phích tại cơ sở y tế, trường học", "Sở Y tế", "Báo và Phát thanh, Truyền hình tỉnh; Sở Giáo dục và Đào tạo", "Hằng năm", "Tin, bài, áp phích"),
    T69("2", "Tổ chức Ngày Thế giới phòng, chống tăng huyết áp (17/5)", "Trung tâm Kiểm soát bệnh tật tỉnh", "Trạm Y tế các xã, phường", "Tháng 5 hằng năm", "Báo cáo kết quả")),
  SK("II", "PHÁT HIỆN SỚM, QUẢN LÝ ĐIỀU TRỊ",
    T69("3", "Khám sàng lọc phát hiện sớm bệnh đái tháo đường, tăng huyết áp cho người từ 40 tuổi trở lên", "Trạm Y tế các xã, phường", "Bảo hiểm xã hội tỉnh", "Thường xuyên", "Số người được sàng lọc"),
    T69("4", "Quản lý, điều trị người bệnh tại tuyến y tế cơ sở theo hướng dẫn của Bộ Y tế", "Trạm Y tế các xã, phường", "Trung tâm Y tế khu vực", "Thường xuyên", "Hồ sơ quản lý sức khỏe điện tử"),
    T69("5", "Đào tạo, tập huấn cho nhân viên y tế cơ sở về quản lý bệnh không lây nhiễm", "Trung tâm Kiểm soát bệnh tật tỉnh", "Bệnh viện Đa khoa tỉnh", "Quý II, Quý IV", "04 lớp tập huấn")),
  SK("III", "BẢO ĐẢM NGUỒN LỰC",
    T69("6", "Bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm của ngành y tế", "Sở Tài chính", "Sở Y tế", "Hằng năm", "Dự toán được giao"))]}

T70 = tasker("content", "lead", "coordinating", "timeframe", "funding")
P70 = {"schema": "annex/v1", "appendix": "02", "title": "CHƯƠNG TRÌNH XÚC TIẾN THƯƠNG MẠI TỈNH NĂM 2027",
 "subtitle": "(Ban hành kèm theo Quyết định số 310/QĐ-UBND ngày 25/02/2027 của UBND tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "funding"),
   ["STT", "Tên đề án, hoạt động", "Chủ trì", "Phối hợp", "Thời gian tổ chức", "Dự kiến kinh phí (triệu đồng)"], [0.05, 0.41, 0.14, 0.16, 0.12, 0.12])],
 "items": [
  SK("I", "XÚC TIẾN THƯƠNG MẠI TRONG NƯỚC",
    T70("1", "Tổ chức Hội chợ Thương mại - Du lịch tỉnh năm 2027", "Sở Công Thương", "Sở Văn hóa, Thể thao và Du lịch; UBND phường trung tâm", "Tháng 9/2027", "1.200"),
    T70("2", "Tham gia Hội chợ hàng Việt Nam chất lượng cao tại Thành phố Hồ Chí Minh", "Trung tâm Khuyến công và Xúc tiến thương mại", "Hiệp hội Doanh nghiệp tỉnh", "Quý IV/2027", "350"),
    T70("3", "Đưa hàng Việt về nông thôn, khu công nghiệp", "Sở Công Thương", "Liên đoàn Lao động tỉnh; UBND các xã", "Quý II, Quý III", "400")),
  SK("II", "XÚC TIẾN THƯƠNG MẠI NƯỚC NGOÀI",
    T70("4", "Tổ chức đoàn doanh nghiệp khảo sát thị trường Nhật Bản, Hàn Quốc", "Sở Công Thương", "Sở Ngoại vụ; Hiệp hội Doanh nghiệp tỉnh", "Quý III/2027", "800"),
    T70("5", "Hỗ trợ doanh nghiệp đăng ký bảo hộ nhãn hiệu, chỉ dẫn địa lý tại thị trường xuất khẩu", "Sở Khoa học và Công nghệ", "Sở Công Thương", "Cả năm", "250"),
    T70("6", "Xây dựng gian hàng của tỉnh trên sàn thương mại điện tử quốc tế", "Trung tâm Khuyến công và Xúc tiến thương mại", "Các doanh nghiệp xuất khẩu", "Năm 2027", "Xã hội hóa"))]}
P70G = json.loads(json.dumps(P70))
# the seventieth again under a header of two rows (Chromium only, as P26G)
P70G["groupHead"] = {"header": "Đơn vị thực hiện", "keys": ["lead", "coordinating"]}

T71 = tasker("content", "lead", "coordinating", "timeframe")
P71 = {"schema": "annex/v1", "appendix": "I", "title": "NHIỆM VỤ TRỌNG TÂM VỀ BẢO VỆ MÔI TRƯỜNG NĂM 2027",
 "subtitle": "(Kèm theo Kế hoạch số 40/KH-UBND ngày 05/3/2027 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe"),
   ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"], [0.06, 0.46, 0.16, 0.18, 0.14])],
 "items": [
  SK("I", "KIỂM SOÁT NGUỒN GÂY Ô NHIỄM",
    T71("1", "Kiểm tra việc chấp hành pháp luật về bảo vệ môi trường đối với các cơ sở sản xuất, kinh doanh, dịch vụ có nguy cơ gây ô nhiễm môi trường cao", "Sở Nông nghiệp và Môi trường", "Công an tỉnh (Phòng Cảnh sát phòng, chống tội phạm về môi trường); UBND các xã, phường", "Theo kế hoạch được phê duyệt"),
    T71("2", "Rà soát, yêu cầu các khu, cụm công nghiệp hoàn thành hệ thống xử lý nước thải tập trung", "Ban Quản lý các khu công nghiệp", "Sở Công Thương; Sở Nông nghiệp và Môi trường", "Trước ngày 31/12/2027"),
    T71("3", "Theo dõi, giám sát chất lượng nước các sông, hồ chứa nước trên địa bàn tỉnh", "Trung tâm Quan trắc tài nguyên và môi trường", "Công ty TNHH MTV Khai thác công trình thủy lợi tỉnh", "Định kỳ hằng tháng")),
  SK("II", "QUẢN LÝ CHẤT THẢI RẮN",
    T71("4", "Triển khai phân loại chất thải rắn sinh hoạt tại nguồn theo quy định của Luật Bảo vệ môi trường", "UBND các xã, phường", "Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội tỉnh", "2027 và các năm tiếp theo"),
    T71("5", "Đầu tư nhà máy xử lý chất thải rắn sinh hoạt theo công nghệ đốt phát điện", "Sở Xây dựng", "Sở Tài chính; Sở Nông nghiệp và Môi trường; UBND các xã có dự án", "2027 - 2029"),
    T71("6", "Thu gom, xử lý chất thải nguy hại, chất thải y tế", "Sở Y tế", "Sở Nông nghiệp và Môi trường", "Thường xuyên")),
  SK("III", "TRUYỀN THÔNG VỀ BẢO VỆ MÔI TRƯỜNG",
    T71("7", "Tổ chức các hoạt động hưởng ứng Ngày Môi trường thế giới (05/6), Chiến dịch Làm cho thế giới sạch hơn", "Sở Nông nghiệp và Môi trường", "Tỉnh đoàn; Hội Liên hiệp Phụ nữ tỉnh; Hội Nông dân tỉnh", "Tháng 6 và tháng 9/2027"))]}

T72 = tasker("content", "lead", "coordinating", "extra:Cấp trình", "timeframe")
P72 = {"schema": "annex/v1", "appendix": "", "title": "DANH MỤC ĐỀ ÁN, VĂN BẢN TRÌNH CHÍNH PHỦ, THỦ TƯỚNG CHÍNH PHỦ NĂM 2027",
 "subtitle": "(Kèm theo Quyết định số 412/QĐ-BNNMT ngày 20/01/2027 của Bộ trưởng Bộ Nông nghiệp và Môi trường)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "extra", "timeframe"),
   ["TT", "Tên đề án, văn bản", "Đơn vị chủ trì", "Đơn vị phối hợp", "Cấp trình", "Thời hạn trình"], [0.05, 0.40, 0.16, 0.17, 0.11, 0.11])],
 "items": [
  SK("A", "ĐỀ ÁN, VĂN BẢN TRÌNH CHÍNH PHỦ",
    T72("1", "Nghị định sửa đổi, bổ sung một số điều của Nghị định số 08/2022/NĐ-CP quy định chi tiết một số điều của Luật Bảo vệ môi trường", "Cục Môi trường", "Vụ Pháp chế; Cục Kiểm soát ô nhiễm môi trường", "Chính phủ", "Tháng 6/2027"),
    T72("2", "Nghị định quy định về quản lý, bảo vệ và phát triển rừng phòng hộ đầu nguồn", "Cục Lâm nghiệp và Kiểm lâm", "Vụ Pháp chế; các địa phương", "Chính phủ", "Tháng 9/2027"), kind="part"),
  SK("B", "ĐỀ ÁN, VĂN BẢN TRÌNH THỦ TƯỚNG CHÍNH PHỦ",
    T72("3", "Quyết định phê duyệt Đề án phát triển thủy lợi phục vụ nông nghiệp công nghệ cao đến năm 2035", "Cục Quản lý và Xây dựng công trình thủy lợi", "Viện Khoa học Thủy lợi Việt Nam; Vụ Kế hoạch - Tài chính", "Thủ tướng Chính phủ", "Tháng 10/2027"),
    T72("4", "Quyết định ban hành Chiến lược quốc gia phòng, chống thiên tai đến năm 2040", "Cục Quản lý đê điều và Phòng, chống thiên tai", "Các bộ, ngành; UBND các tỉnh, thành phố", "Thủ tướng Chính phủ", "Tháng 12/2027"),
    T72("5", "Chỉ thị về tăng cường công tác bảo vệ nguồn lợi thủy sản", "Cục Thủy sản và Kiểm ngư", "Bộ Quốc phòng (Bộ Tư lệnh Cảnh sát biển); UBND các tỉnh ven biển", "Thủ tướng Chính phủ", "Quý II/2027"), kind="part")]}

T73 = tasker("content", "lead", "coordinating", "timeframe", "funding", "note")
P73 = {"schema": "annex/v1", "appendix": "02", "title": "KẾ HOẠCH THỰC HIỆN NHIỆM VỤ NĂM HỌC 2027 - 2028 CỦA NGÀNH GIÁO DỤC",
 "subtitle": "(Kèm theo Kế hoạch số 1850/KH-SGDĐT ngày 25/8/2027 của Sở Giáo dục và Đào tạo)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "funding", "note"),
   ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian", "Kinh phí (triệu đồng)", "Ghi chú"], [0.05, 0.34, 0.14, 0.16, 0.11, 0.1, 0.1])],
 "items": [
  SK("I", "PHÁT TRIỂN MẠNG LƯỚI TRƯỜNG, LỚP",
    T73("1", "Rà soát, sắp xếp các điểm trường lẻ ở vùng khó khăn", "Phòng Kế hoạch - Tài chính", "UBND các xã, phường", "Học kỳ I", "", ""),
    T73("2", "Đầu tư phòng học bộ môn, thư viện đạt chuẩn cho các trường trung học:", "Sở Giáo dục và Đào tạo", "", "", "", "", subs=(
      T73("a)", "Trường trung học phổ thông", "Phòng Kế hoạch - Tài chính", "Sở Xây dựng", "Năm 2028", "12.000", "Ngân sách tỉnh"),
      T73("b)", "Trường trung học cơ sở", "UBND các xã, phường", "Sở Giáo dục và Đào tạo", "Năm 2028", "8.500", "Ngân sách xã")))),
  SK("II", "NÂNG CAO CHẤT LƯỢNG GIÁO DỤC",
    T73("3", "Tổ chức kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12", "Phòng Quản lý thi và Kiểm định chất lượng", "Các trường trung học phổ thông", "Tháng 12/2027", "450", ""),
    T73("4", "Triển khai dạy học tiếng Anh theo hướng chuẩn hóa, tiến tới đưa tiếng Anh thành ngôn ngữ thứ hai trong trường học", "Phòng Giáo dục phổ thông", "Các cơ sở giáo dục", "Cả năm học", "1.200", "Theo Đề án của tỉnh"),
    T73("5", "Bồi dưỡng giáo viên cốt cán về chuyển đổi số trong dạy học", "Phòng Giáo dục phổ thông", "Trường Cao đẳng Sư phạm tỉnh", "Tháng 10 - 11/2027", "300", "")),
  SK("III", "CÔNG TÁC QUẢN LÝ",
    T73("6", "Kiểm tra công tác tuyển sinh đầu cấp", "Thanh tra Sở", "Các phòng chuyên môn", "Tháng 8/2027", "", "Kiểm tra đột xuất"))]}

T74 = tasker("content", "lead", "coordinating", "deliverable", "timeframe")
P74 = {"schema": "annex/v1", "appendix": "", "title": "NHIỆM VỤ PHÁT TRIỂN DU LỊCH CỘNG ĐỒNG GẮN VỚI XÂY DỰNG NÔNG THÔN MỚI GIAI ĐOẠN 2027 - 2030",
 "subtitle": "(Kèm theo Nghị quyết số 21/NQ-HĐND ngày 10/7/2027 của Hội đồng nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "deliverable", "timeframe"),
   ["STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Sản phẩm", "Thời gian thực hiện"], [0.05, 0.37, 0.15, 0.17, 0.13, 0.13])],
 "items": [
  SK("I", "QUY HOẠCH, ĐẦU TƯ HẠ TẦNG",
    T74("1", "Lựa chọn 10 thôn, bản có tiềm năng phát triển du lịch cộng đồng (sau đây gọi là điểm du lịch cộng đồng)", "Sở Văn hóa, Thể thao và Du lịch", "UBND các xã có điểm du lịch", "Quyết định phê duyệt danh sách", "Quý IV/2027"),
    T74("2", "Hỗ trợ xây dựng nhà vệ sinh đạt chuẩn, bãi đỗ xe, biển chỉ dẫn tại điểm du lịch cộng đồng", "UBND các xã có điểm du lịch", "Sở Xây dựng; Sở Tài chính", "Công trình được đưa vào sử dụng", "2028 - 2029")),
  SK("II", "PHÁT TRIỂN SẢN PHẨM, XÚC TIẾN QUẢNG BÁ",
    T74("3", "Xây dựng sản phẩm du lịch đặc trưng gắn với văn hóa các dân tộc thiểu số (lễ hội, ẩm thực, nghề thủ công truyền thống)", "Sở Văn hóa, Thể thao và Du lịch", "Sở Dân tộc và Tôn giáo; Hội Nông dân tỉnh", "Ít nhất 01 sản phẩm/điểm", "2027 - 2030"),
    T74("4", "Đào tạo kỹ năng phục vụ du lịch cho người dân tại điểm du lịch cộng đồng", "Trường Cao đẳng Văn hóa Nghệ thuật tỉnh", "UBND các xã có điểm du lịch", "20 lớp đào tạo", "Hằng năm"),
    T74("5", "Quảng bá du lịch cộng đồng trên nền tảng số và tại các hội chợ du lịch trong nước", "Trung tâm Thông tin và Xúc tiến du lịch", "Các doanh nghiệp lữ hành", "Video, ấn phẩm quảng bá", "Hằng năm"))]}

T75 = tasker("content", "lead", "coordinating", "deliverable", "timeframe")
P75 = {"schema": "annex/v1", "appendix": "01", "title": "DANH MỤC CÁC NHIỆM VỤ CẢI THIỆN CHỈ SỐ HIỆU QUẢ QUẢN TRỊ VÀ HÀNH CHÍNH CÔNG CẤP TỈNH (PAPI) NĂM 2027",
 "subtitle": "(Kèm theo Kế hoạch số 77/KH-UBND ngày 28/3/2027 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "deliverable", "timeframe"),
   ["TT", "Nhiệm vụ, giải pháp", "Cơ quan chủ trì", "Cơ quan phối hợp", "Kết quả đầu ra", "Thời hạn"], [0.05, 0.38, 0.15, 0.17, 0.14, 0.11])],
 "items": [
  SK("I", "NÂNG CAO SỰ THAM GIA CỦA NGƯỜI DÂN Ở CƠ SỞ",
    T75("1", "Thực hiện tốt Luật Thực hiện dân chủ ở cơ sở; công khai các khoản đóng góp của người dân", "UBND các xã, phường", "Ủy ban Mặt trận Tổ quốc Việt Nam cấp xã", "Báo cáo kết quả", "Thường xuyên"),
    T75("2", "Tổ chức đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân", "Chủ tịch UBND các xã, phường", "Mặt trận Tổ quốc và các đoàn thể", "Ít nhất 01 lần/năm", "Hằng năm")),
  SK("II", "CÔNG KHAI, MINH BẠCH",
    T75("3", "Công khai quy hoạch, kế hoạch sử dụng đất, khung giá đất tại trụ sở UBND cấp xã", "UBND các xã, phường", "Sở Nông nghiệp và Môi trường", "Thông tin được niêm yết", "Trong 30 ngày kể từ ngày phê duyệt"),
    T75("4", "Công khai danh sách hộ nghèo, hộ cận nghèo được hỗ trợ", "UBND các xã, phường", "Trưởng thôn, tổ dân phố", "Danh sách được công khai", "Quý I hằng năm")),
  SK("III", "KIỂM SOÁT THAM NHŨNG TRONG KHU VỰC CÔNG",
    T75("5", "Xử lý nghiêm các trường hợp nhũng nhiễu, gây phiền hà cho người dân, doanh nghiệp", "Thanh tra tỉnh", "Công an tỉnh; Sở Nội vụ", "Kết luận thanh tra", "Khi phát hiện"),
    T75("6", "Khảo sát sự hài lòng của người dân đối với các dịch vụ công cơ bản (y tế, giáo dục)", "Sở Nội vụ", "Sở Y tế; Sở Giáo dục và Đào tạo", "Báo cáo khảo sát", "Tháng 10/2027"))]}

T76 = tasker("content", "lead", "coordinating", "timeframe", "note")
P76 = {"schema": "annex/v1", "appendix": "", "title": "LỊCH TRIỂN KHAI CÁC HOẠT ĐỘNG THÁNG THANH NIÊN NĂM 2027",
 "subtitle": "(Kèm theo Kế hoạch số 12-KH/TĐTN ngày 20/02/2027 của Ban Thường vụ Tỉnh đoàn)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "note"),
   ["STT", "Nội dung hoạt động", "Đơn vị thực hiện", "Đơn vị phối hợp", "Thời gian", "Ghi chú"], [0.06, 0.40, 0.16, 0.16, 0.11, 0.11])],
 "items": [
  SK("I", "HOẠT ĐỘNG CAO ĐIỂM",
    T76("1", "Lễ ra quân Tháng Thanh niên và Ngày Chủ nhật xanh", "Ban Thường vụ Tỉnh đoàn", "Các huyện, thành đoàn", "Ngày 02/3/2027", "Cấp tỉnh"),
    T76("2", "Hiến máu tình nguyện \"Giọt hồng tri ân\"", "Ban Thanh niên trường học", "Hội Chữ thập đỏ tỉnh; Bệnh viện Đa khoa tỉnh", "Tuần thứ hai của tháng 3", ""),
    T76("3", "Ra quân xây dựng công trình thanh niên \"Thắp sáng đường quê\"", "Các cơ sở đoàn", "UBND các xã, phường", "Cả tháng", "Mỗi cơ sở 01 công trình")),
  SK("II", "HOẠT ĐỘNG CHÀO MỪNG NGÀY THÀNH LẬP ĐOÀN (26/3)",
    T76("4", "Lễ kỷ niệm và tuyên dương gương thanh niên tiêu biểu", "Ban Thường vụ Tỉnh đoàn", "Sở Nội vụ", "Ngày 26/3/2027", ""),
    T76("5", "Giải bóng đá thanh niên công nhân khu công nghiệp", "Đoàn Khối các cơ quan và doanh nghiệp tỉnh", "Liên đoàn Lao động tỉnh", "Tuần cuối tháng 3", "Xã hội hóa"))]}

# Held-out annexes 77 and 78 (session 26), written before any parse of them.
T77 = tasker("content", "lead", "coordinating", "timeframe", "deliverable")
P77 = {"schema": "annex/v1", "appendix": "III", "title": "DANH MỤC NHIỆM VỤ PHÁT TRIỂN ỨNG DỤNG DỮ LIỆU VỀ DÂN CƯ, ĐỊNH DANH VÀ XÁC THỰC ĐIỆN TỬ NĂM 2027",
 "subtitle": "(Ban hành kèm theo Kế hoạch số        /KH-UBND ngày    /    /2027 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "deliverable"),
   ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm"], [0.05, 0.36, 0.14, 0.17, 0.12, 0.16])],
 "items": [
  SK("I", "Hoàn thiện thể chế, chính sách",
    T77("1", "Rà soát, đề xuất sửa đổi, bổ sung các quy định của tỉnh không còn phù hợp với việc khai thác, sử dụng dữ liệu dân cư", "Sở Tư pháp", "Các sở, ban, ngành; UBND các xã, phường", "Quý II/2027", "Báo cáo rà soát; dự thảo văn bản sửa đổi"),
    T77("2", "Ban hành quy chế phối hợp cập nhật, làm sạch dữ liệu chuyên ngành với Cơ sở dữ liệu quốc gia về dân cư", "Công an tỉnh", "", "Tháng 5/2027", "Quyết định của UBND tỉnh")),
  SK("II", "Phát triển tiện ích phục vụ giải quyết thủ tục hành chính và cung cấp dịch vụ công trực tuyến",
    T77("3", "Tích hợp, xác thực thông tin công dân khi giải quyết thủ tục hành chính: (1) cấp phiếu lý lịch tư pháp; (2) đăng ký khai sinh, khai tử; (3) cấp giấy phép lái xe", "Văn phòng UBND tỉnh", "Sở Tư pháp; Sở Xây dựng; Công an tỉnh", "Trước ngày 30/6/2027", "Các thủ tục được tích hợp trên Cổng dịch vụ công"),
    T77("4", "Triển khai thanh toán không dùng tiền mặt trong trường học, bệnh viện và chi trả an sinh xã hội", "Ngân hàng Nhà nước Chi nhánh Khu vực 9", "Sở Giáo dục và Đào tạo; Sở Y tế; các ngân hàng thương mại", "Năm 2027", "Báo cáo kết quả",
      subs=(T77("a", "Thu học phí không dùng tiền mặt tại các trường công lập", "Sở Giáo dục và Đào tạo", "Các ngân hàng thương mại", "Tháng 9/2027", "100% trường học thu học phí qua tài khoản"),
            T77("b", "Chi trả trợ cấp xã hội qua tài khoản cho người hưởng chính sách", "Sở Nội vụ", "Bưu điện tỉnh", "Thường xuyên", "Danh sách chi trả"))),
    T77("5", "Sử dụng thẻ căn cước thay thế thẻ bảo hiểm y tế khi khám, chữa bệnh", "Sở Y tế", "Bảo hiểm xã hội tỉnh", "Quý III/2027", "100% cơ sở khám, chữa bệnh áp dụng")),
  SK("III", "Bảo đảm hạ tầng, an toàn thông tin",
    T77("6", "Nâng cấp hạ tầng mạng, trang thiết bị tại bộ phận một cửa cấp xã để kết nối với Cơ sở dữ liệu quốc gia về dân cư", "Sở Khoa học và Công nghệ", "UBND các xã, phường", "Tháng 10/2027", "Trang thiết bị được bố trí"),
    T77("7", "Kiểm tra, đánh giá an toàn thông tin các hệ thống có kết nối, chia sẻ dữ liệu dân cư", "Công an tỉnh", "Sở Khoa học và Công nghệ", "Định kỳ 6 tháng", "Báo cáo kiểm tra"))]}

T78 = tasker("content", "extra:Lãnh đạo phụ trách", "lead", "coordinating", "timeframe")
P78 = {"schema": "annex/v1", "appendix": "", "title": "PHÂN CÔNG THỰC HIỆN CÁC NHIỆM VỤ XÂY DỰNG XÃ NÔNG THÔN MỚI NÂNG CAO NĂM 2027",
 "subtitle": "(Kèm theo Kế hoạch số 15/KH-UBND ngày 10/01/2027 của Ủy ban nhân dân xã)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "extra", "lead", "coordinating", "timeframe"),
   ["TT", "Nội dung", "Lãnh đạo phụ trách", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"], [0.05, 0.38, 0.15, 0.15, 0.16, 0.11])],
 "items": [
  SK("I", "Quy hoạch và hạ tầng",
    T78("1.1", "Rà soát, điều chỉnh quy hoạch chung xây dựng xã đến năm 2035", "Chủ tịch UBND xã", "Phòng Kinh tế", "Các thôn", "Quý I/2027"),
    T78("1.2", "Bê tông hóa 3,5 km đường trục thôn, ngõ xóm; lắp đặt hệ thống chiếu sáng công cộng tại 04 thôn", "Phó Chủ tịch UBND xã phụ trách kinh tế", "Phòng Kinh tế", "Ban phát triển thôn; Nhân dân", "Tháng 4 - tháng 9/2027"),
    T78("1.3", "Cải tạo nhà văn hóa thôn Đông và thôn Trung đạt chuẩn", "Phó Chủ tịch UBND xã phụ trách văn hóa - xã hội", "Phòng Văn hóa - Xã hội", "", "Trước ngày 30/10/2027")),
  SK("II", "Kinh tế và tổ chức sản xuất",
    T78("2.1", "Xây dựng vùng trồng lúa chất lượng cao 50 ha gắn với liên kết tiêu thụ sản phẩm", "Phó Chủ tịch UBND xã phụ trách kinh tế", "Phòng Kinh tế", "Hợp tác xã nông nghiệp; doanh nghiệp liên kết", "Vụ Đông Xuân và vụ Mùa"),
    T78("2.2", "Hỗ trợ 02 sản phẩm OCOP nâng hạng từ 3 sao lên 4 sao", "Phó Chủ tịch UBND xã phụ trách kinh tế", "Phòng Kinh tế", "Các chủ thể OCOP", "Năm 2027"),
    T78("2.3", "Giảm tỷ lệ hộ nghèo đa chiều xuống dưới 1%", "Chủ tịch UBND xã", "Phòng Văn hóa - Xã hội", "Mặt trận Tổ quốc xã; các đoàn thể", "Cả năm")),
  SK("III", "Môi trường và an ninh trật tự",
    T78("3.1", "Phân loại chất thải rắn sinh hoạt tại nguồn; xây dựng mô hình \"Thôn xanh - sạch - đẹp\"", "Phó Chủ tịch UBND xã phụ trách kinh tế", "Phòng Kinh tế", "Hội Liên hiệp Phụ nữ xã; Đoàn Thanh niên", "Thường xuyên"),
    T78("3.2", "Giữ vững danh hiệu xã đạt chuẩn an toàn về an ninh, trật tự", "Chủ tịch UBND xã", "Công an xã", "Ban Chỉ huy quân sự xã", "Hằng năm"))]}

# Held-out annexes 79 and 80 (session 26), written before any parse of them.
T79 = tasker("content", "lead", "coordinating", "deliverable", "timeframe")
P79 = {"schema": "annex/v1", "appendix": "01", "title": "NHIỆM VỤ GIẢM THIỂU RÁC THẢI NHỰA TRÊN ĐỊA BÀN TỈNH GIAI ĐOẠN 2027 - 2030",
 "subtitle": "(Kèm theo Kế hoạch số 142/KH-UBND ngày 14/4/2027 của UBND tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "deliverable", "timeframe"),
   ["STT", "Nhiệm vụ cụ thể", "Cơ quan chủ trì", "Cơ quan phối hợp", "Sản phẩm", "Thời gian hoàn thành"], [0.05, 0.37, 0.15, 0.17, 0.14, 0.12])],
 "items": [
  SK("I", "TUYÊN TRUYỀN, NÂNG CAO NHẬN THỨC",
    T79("1", "Tuyên truyền về tác hại của sản phẩm nhựa dùng một lần và túi ni lông khó phân hủy trên báo chí, mạng xã hội", "Sở Văn hóa, Thể thao và Du lịch", "Báo và Phát thanh, Truyền hình tỉnh; UBND các xã, phường", "Tin, bài, phóng sự", "Thường xuyên"),
    T79("2", "Tổ chức chiến dịch \"Nói không với túi ni lông\" tại các chợ, siêu thị:\n- Ra quân hưởng ứng Ngày Môi trường thế giới;\n- Đổi chai nhựa lấy cây xanh", "Hội Liên hiệp Phụ nữ tỉnh", "Tỉnh đoàn; Sở Công Thương", "Số người tham gia", "Tháng 6 hằng năm")),
  SK("II", "QUẢN LÝ, THU GOM VÀ XỬ LÝ CHẤT THẢI NHỰA",
    T79("3", "Triển khai phân loại chất thải rắn sinh hoạt tại nguồn", "Sở Nông nghiệp và Môi trường", "UBND các xã, phường", "Mô hình phân loại", "2027 - 2028",
      subs=(T79("a", "Thí điểm tại 10 xã, phường đô thị"),
            T79("b", "Nhân rộng trên toàn tỉnh sau khi sơ kết"))),
    T79("4", "Đầu tư hệ thống tái chế chất thải nhựa tại khu xử lý chất thải rắn tập trung của tỉnh", "Sở Tài chính", "Sở Nông nghiệp và Môi trường; nhà đầu tư", "Dự án được phê duyệt", "Năm 2029"),
    T79("5", "Hạn chế sử dụng sản phẩm nhựa dùng một lần trong các cơ quan, đơn vị, trường học", "Các sở, ban, ngành; UBND các xã, phường", "", "Không sử dụng chai nhựa dùng một lần trong hội nghị", "Từ năm 2027")),
  SK("III", "KIỂM TRA, GIÁM SÁT",
    T79("6", "Kiểm tra việc chấp hành quy định về bảo vệ môi trường đối với cơ sở sản xuất, kinh doanh sản phẩm nhựa", "Sở Nông nghiệp và Môi trường", "Công an tỉnh (Phòng Cảnh sát phòng chống tội phạm về môi trường)", "Kết luận kiểm tra", "Theo kế hoạch hằng năm"),
    T79("7", "Sơ kết, đánh giá kết quả thực hiện Kế hoạch", "Sở Nông nghiệp và Môi trường", "Các sở, ngành, địa phương", "Báo cáo sơ kết", "Quý IV/2028"))]}

T80 = tasker("content", "lead", "coordinating", "timeframe", "funding")
P80 = {"schema": "annex/v1", "appendix": "", "title": "DANH MỤC CÔNG VIỆC TRIỂN KHAI THI HÀNH LUẬT TƯ PHÁP NGƯỜI CHƯA THÀNH NIÊN",
 "subtitle": "(Ban hành kèm theo Quyết định số 88/QĐ-UBND ngày 05/02/2027 của Chủ tịch Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "funding"),
   ["TT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Kinh phí"], [0.05, 0.40, 0.15, 0.16, 0.12, 0.12])],
 "items": [
  SK("I.", "PHỔ BIẾN, QUÁN TRIỆT LUẬT",
    T80("1.", "Tổ chức hội nghị quán triệt Luật cho cán bộ, công chức làm công tác tư pháp người chưa thành niên", "Sở Tư pháp", "Công an tỉnh; Tòa án nhân dân tỉnh; Viện kiểm sát nhân dân tỉnh", "Quý I/2027", "Ngân sách tỉnh"),
    T80("2.", "Biên soạn tài liệu hỏi - đáp về Luật; cấp phát cho các xã, phường, trường học", "Sở Tư pháp", "Sở Giáo dục và Đào tạo", "Quý II/2027", "Ngân sách tỉnh")),
  SK("II.", "RÀ SOÁT VĂN BẢN, KIỆN TOÀN TỔ CHỨC",
    T80("3.", "Rà soát văn bản quy phạm pháp luật của tỉnh liên quan đến người chưa thành niên", "Sở Tư pháp", "Các sở, ngành liên quan", "Tháng 6/2027", "Lồng ghép trong dự toán được giao"),
    T80("4.", "Bố trí phòng xét xử thân thiện, phòng lấy lời khai người dưới 18 tuổi", "Tòa án nhân dân tỉnh", "Công an tỉnh", "Năm 2027 - 2028", "Ngân sách trung ương"),
    T80("5.", "Bồi dưỡng kỹ năng cho người làm công tác xã hội tham gia tố tụng", "Sở Y tế", "Sở Tư pháp; Hội Luật gia tỉnh", "Hằng năm", "Ngân sách tỉnh; nguồn tài trợ hợp pháp")),
  SK("III.", "KIỂM TRA, BÁO CÁO",
    T80("6.", "Kiểm tra tình hình thi hành Luật tại một số địa phương", "Sở Tư pháp", "Các cơ quan tiến hành tố tụng", "Quý IV hằng năm", ""),
    T80("7.", "Báo cáo Bộ Tư pháp kết quả triển khai thi hành Luật", "Sở Tư pháp", "", "Trước ngày 15/12 hằng năm", ""))]}

# Held-out annexes 81 and 82 (session 26), written before any parse of them.
T81 = tasker("content", "lead", "coordinating", "timeframe", "funding", "note")
P81 = {"schema": "annex/v1", "appendix": "II", "title": "CÁC HOẠT ĐỘNG CHĂM SÓC, PHÁT HUY VAI TRÒ NGƯỜI CAO TUỔI NĂM 2027",
 "subtitle": "(Kèm theo Kế hoạch số 31/KH-UBND ngày 02/3/2027 của UBND huyện)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "funding", "note"),
   ["TT", "Nội dung hoạt động", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian", "Kinh phí (triệu đồng)", "Ghi chú"], [0.05, 0.33, 0.14, 0.15, 0.11, 0.11, 0.11])],
 "items": [
  SK("I", "CHĂM SÓC SỨC KHỎE",
    T81("1", "Khám sức khỏe định kỳ, lập hồ sơ theo dõi sức khỏe cho người cao tuổi tại trạm y tế xã", "Trung tâm Y tế huyện", "Trạm Y tế các xã, thị trấn", "Quý II, Quý III", "450", "Nguồn sự nghiệp y tế"),
    T81("2", "Tập huấn kỹ năng tự chăm sóc sức khỏe cho hội viên các câu lạc bộ liên thế hệ tự giúp nhau", "Hội Người cao tuổi huyện", "Trung tâm Y tế huyện", "Tháng 5/2027", "60", "")),
  SK("II", "CHÚC THỌ, MỪNG THỌ VÀ TRỢ GIÚP XÃ HỘI",
    T81("3", "Tổ chức chúc thọ, mừng thọ người cao tuổi tròn 90 tuổi và 100 tuổi", "Phòng Văn hóa - Xã hội", "UBND các xã, thị trấn; Hội Người cao tuổi", "Dịp Tết Nguyên đán", "320", "Theo quy định"),
    T81("4", "Trợ cấp xã hội hằng tháng cho người cao tuổi thuộc diện hưởng chính sách", "UBND các xã, thị trấn", "Phòng Văn hóa - Xã hội", "Hằng tháng", "2.150", ""),
    T81("5", "Thăm, tặng quà người cao tuổi có hoàn cảnh khó khăn nhân Ngày Quốc tế Người cao tuổi 01/10", "Ban đại diện Hội Người cao tuổi huyện", "Mặt trận Tổ quốc huyện", "Tháng 10/2027", "", "Vận động xã hội hóa")),
  SK("III", "PHÁT HUY VAI TRÒ NGƯỜI CAO TUỔI",
    T81("6", "Nhân rộng mô hình câu lạc bộ người cao tuổi tham gia bảo vệ an ninh trật tự ở khu dân cư", "Công an huyện", "Hội Người cao tuổi huyện", "Cả năm", "40", ""))]}

T82 = tasker("content", "lead", "coordinating", "timeframe")
P82 = {"schema": "annex/v1", "appendix": "", "title": "NHIỆM VỤ CHUYỂN ĐỔI SỐ CỦA NHÀ TRƯỜNG NĂM HỌC 2027 - 2028",
 "subtitle": "(Kèm theo Kế hoạch số 205/KH-ĐHSP ngày 20/8/2027 của Hiệu trưởng Trường Đại học Sư phạm)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe"),
   ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"], [0.06, 0.46, 0.16, 0.18, 0.14])],
 "items": [
  SK("I", "Chuyển đổi số trong quản trị",
    T82("1", "Hoàn thiện hệ thống quản lý đào tạo trực tuyến", "Phòng Đào tạo", "Trung tâm Công nghệ thông tin", "Tháng 12/2027",
      subs=(T82("1.1", "Số hóa hồ sơ sinh viên từ khóa 2020 đến nay", "Phòng Công tác sinh viên", "Các khoa", "Tháng 10/2027"),
            T82("1.2", "Triển khai đăng ký học phần, thu học phí trực tuyến", "Phòng Kế hoạch - Tài chính", "Phòng Đào tạo; Trung tâm Công nghệ thông tin", "Học kỳ I năm học 2027 - 2028"))),
    T82("2", "Ứng dụng chữ ký số trong trao đổi văn bản điện tử nội bộ", "Phòng Tổ chức - Hành chính", "Các đơn vị trực thuộc", "Tháng 9/2027")),
  SK("II", "Chuyển đổi số trong dạy học",
    T82("3", "Xây dựng học liệu số cho 100% học phần các ngành đào tạo giáo viên", "Các khoa", "Thư viện; Trung tâm Khảo thí và Đảm bảo chất lượng", "Năm học 2027 - 2028"),
    T82("4", "Bồi dưỡng năng lực số cho giảng viên, chuyên viên", "Trung tâm Công nghệ thông tin", "Phòng Tổ chức - Hành chính", "Học kỳ II"),
    T82("5", "Tổ chức thi trắc nghiệm trên máy tính đối với các học phần chung", "Trung tâm Khảo thí và Đảm bảo chất lượng", "Các khoa; Phòng Đào tạo", "Từ học kỳ I"))]}

# Held-out annexes 83 and 84 (session 26), written before any parse of them.
T83 = tasker("content", "lead", "coordinating", "timeframe", "deliverable", "note")
P83 = {"schema": "annex/v1", "appendix": "01", "title": "KẾ HOẠCH PHÒNG, CHỐNG SINH VẬT GÂY HẠI CÂY TRỒNG CHỦ LỰC NĂM 2027",
 "subtitle": "(Kèm theo Kế hoạch số 19/KH-SNNMT ngày 15/01/2027 của Sở Nông nghiệp và Môi trường)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "deliverable", "note"),
   ["STT", "Nội dung", "Đơn vị thực hiện", "Đơn vị phối hợp", "Thời gian thực hiện", "Dự kiến sản phẩm", "Ghi chú"], [0.05, 0.32, 0.14, 0.15, 0.11, 0.13, 0.10])],
 "items": [
  SK("I", "Điều tra, dự tính, dự báo",
    T83("1", "Điều tra phát hiện sinh vật gây hại trên lúa, cây ăn quả có múi, cà phê theo định kỳ 7 ngày/lần", "Chi cục Trồng trọt và Bảo vệ thực vật", "Trạm Khuyến nông các huyện", "Thường xuyên", "Thông báo tình hình sinh vật gây hại", ""),
    T83("2", "Xây dựng bản đồ phân bố rầy nâu, sâu cuốn lá nhỏ trên địa bàn tỉnh", "Chi cục Trồng trọt và Bảo vệ thực vật", "Trung tâm Khuyến nông tỉnh", "Vụ Hè Thu", "Bản đồ số", "Ứng dụng GIS")),
  SK("II", "Chỉ đạo phòng trừ",
    T83("3", "Hướng dẫn nông dân áp dụng biện pháp quản lý dịch hại tổng hợp (IPM); hạn chế sử dụng thuốc bảo vệ thực vật hóa học", "Trung tâm Khuyến nông tỉnh", "Hội Nông dân tỉnh; UBND các xã", "Trước và trong mỗi vụ sản xuất", "50 lớp tập huấn", "Mỗi xã ít nhất 01 lớp"),
    T83("4", "Tổ chức phun thuốc diệt trừ ổ dịch khi mật độ vượt ngưỡng", "UBND các xã, phường", "Chi cục Trồng trọt và Bảo vệ thực vật", "Khi có dịch", "Diện tích được xử lý", "Sử dụng dự phòng ngân sách"),
    T83("5", "Kiểm tra kinh doanh, sử dụng thuốc bảo vệ thực vật", "Thanh tra Sở", "Công an tỉnh; Quản lý thị trường tỉnh", "Quý II và Quý IV", "Biên bản kiểm tra", "")),
  SK("III", "Tổng kết, báo cáo",
    T83("6", "Báo cáo tình hình sinh vật gây hại và kết quả phòng trừ", "Chi cục Trồng trọt và Bảo vệ thực vật", "", "Trước ngày 20 hằng tháng", "Báo cáo tháng", ""))]}

T84 = tasker("content", "deliverable", "lead", "coordinating", "timeframe")
P84 = {"schema": "annex/v1", "appendix": "", "title": "DANH MỤC NHIỆM VỤ TRIỂN KHAI CHƯƠNG TRÌNH PHÁT TRIỂN THỂ THAO QUẦN CHÚNG",
 "subtitle": "(Kèm theo Quyết định số 412/QĐ-UBND ngày 10/3/2027 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "deliverable", "lead", "coordinating", "timeframe"),
   ["TT", "Nhiệm vụ", "Sản phẩm", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"], [0.05, 0.35, 0.15, 0.15, 0.18, 0.12])],
 "items": [
  SK("I", "PHONG TRÀO TOÀN DÂN RÈN LUYỆN THÂN THỂ",
    T84("1", "Phát động cuộc vận động \"Toàn dân rèn luyện thân thể theo gương Bác Hồ vĩ đại\"", "Lễ phát động", "Sở Văn hóa, Thể thao và Du lịch", "Liên đoàn Lao động tỉnh; Tỉnh đoàn", "Tháng 3/2027"),
    T84("2", "Xây dựng mô hình câu lạc bộ thể dục thể thao tại các khu dân cư", "Quy chế hoạt động câu lạc bộ", "UBND các xã, phường", "Trung tâm Huấn luyện và Thi đấu thể thao tỉnh", "Năm 2027 - 2028")),
  SK("II", "THỂ THAO TRƯỜNG HỌC VÀ LỰC LƯỢNG VŨ TRANG",
    T84("3", "Đưa môn bơi vào chương trình giáo dục thể chất; phổ cập bơi an toàn cho học sinh tiểu học", "Kế hoạch phổ cập bơi", "Sở Giáo dục và Đào tạo", "Sở Văn hóa, Thể thao và Du lịch", "Hằng năm"),
    T84("4", "Tổ chức Hội thao Lực lượng vũ trang tỉnh", "Hội thao", "Bộ Chỉ huy Quân sự tỉnh", "Công an tỉnh; Bộ đội Biên phòng tỉnh", "Tháng 8/2027"),
    T84("5", "Tổ chức Đại hội Thể dục thể thao cấp xã tiến tới Đại hội cấp tỉnh", "Đại hội các cấp", "UBND các xã, phường", "", "Quý IV/2027"))]}

# Held-out annexes 85 and 86 (session 26), written before any parse of them.
T85 = tasker("content", "lead", "coordinating", "timeframe", "note")
P85 = {"schema": "annex/v1", "appendix": "", "title": "LỊCH CÔNG TÁC TỔ CHỨC KỲ THI TỐT NGHIỆP TRUNG HỌC PHỔ THÔNG NĂM 2027",
 "subtitle": "(Kèm theo Kế hoạch số 640/KH-SGDĐT ngày 28/3/2027 của Sở Giáo dục và Đào tạo)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "note"),
   ["TT", "Công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian", "Ghi chú"], [0.05, 0.38, 0.15, 0.16, 0.15, 0.11])],
 "items": [
  SK("I", "CÔNG TÁC CHUẨN BỊ",
    T85("1", "Hướng dẫn thí sinh đăng ký dự thi trực tuyến trên Hệ thống quản lý thi", "Phòng Quản lý chất lượng", "Các trường THPT; Trung tâm GDNN-GDTX", "Từ ngày 20/4 đến ngày 30/4/2027", "Thí sinh tự do đăng ký tại điểm tiếp nhận"),
    T85("2", "Thành lập Ban Chỉ đạo thi cấp tỉnh và Hội đồng thi", "Văn phòng Sở", "Phòng Tổ chức cán bộ", "Trước ngày 15/5/2027", ""),
    T85("3", "Kiểm tra cơ sở vật chất các điểm thi; bố trí phòng thi dự phòng", "Hội đồng thi", "Công an tỉnh; Điện lực tỉnh; Trung tâm Y tế các huyện", "Tháng 6/2027", "Mỗi điểm thi 01 phòng dự phòng")),
  SK("II", "TỔ CHỨC THI VÀ CHẤM THI",
    T85("4", "Tổ chức coi thi tại các điểm thi", "Hội đồng thi", "Các trường THPT", "Ngày 26 và 27/6/2027", ""),
    T85("5", "Chấm thi tự luận, chấm thi trắc nghiệm", "Ban Chấm thi", "Công an tỉnh (Phòng An ninh chính trị nội bộ)", "Từ ngày 28/6 đến ngày 08/7/2027", "Chấm tập trung tại Trường THPT chuyên"),
    T85("6", "Công bố kết quả thi; xét công nhận tốt nghiệp", "Phòng Quản lý chất lượng", "Các trường THPT", "Trước 17h00 ngày 15/7/2027", ""))]}

T86 = tasker("content", "extra:Đối tượng kiểm tra", "lead", "timeframe", "note")
P86 = {"schema": "annex/v1", "appendix": "02", "title": "CHƯƠNG TRÌNH KIỂM TRA, GIÁM SÁT CỦA BAN CHẤP HÀNH ĐẢNG BỘ XÃ NĂM 2027",
 "subtitle": "(Kèm theo Chương trình số 03-CTr/ĐU ngày 12/01/2027 của Ban Chấp hành Đảng bộ xã)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "extra", "lead", "timeframe", "note"),
   ["STT", "Nội dung kiểm tra, giám sát", "Đối tượng kiểm tra", "Đơn vị thực hiện", "Thời gian", "Ghi chú"], [0.05, 0.36, 0.17, 0.17, 0.13, 0.12])],
 "items": [
  SK("I", "KIỂM TRA",
    T86("1", "Kiểm tra việc lãnh đạo, chỉ đạo thực hiện Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2025 - 2030", "Chi bộ thôn Bắc, Chi bộ thôn Nam", "Đoàn kiểm tra của Ban Thường vụ Đảng ủy", "Quý II/2027", ""),
    T86("2", "Kiểm tra việc thực hiện nhiệm vụ của đảng viên được giao", "02 đảng viên", "Ủy ban Kiểm tra Đảng ủy", "Quý III/2027", "Chọn ngẫu nhiên")),
  SK("II", "GIÁM SÁT",
    T86("3", "Giám sát việc chấp hành Điều lệ Đảng, quy định về những điều đảng viên không được làm", "Chi bộ Trường Tiểu học; Chi bộ Trạm Y tế", "Ban Thường vụ Đảng ủy", "Tháng 8/2027", "Giám sát chuyên đề"),
    T86("4", "Giám sát thường xuyên việc kê khai tài sản, thu nhập", "Cán bộ thuộc diện kê khai", "Ủy ban Kiểm tra Đảng ủy", "Cả năm", ""))]}

# Held-out annexes 87 and 88 (session 26), written before any parse of them.
T87 = tasker("content", "lead", "coordinating", "deliverable", "timeframe")
P87 = {"schema": "annex/v1", "appendix": "03", "title": "NHIỆM VỤ BẢO ĐẢM TRẬT TỰ, AN TOÀN GIAO THÔNG DỊP TẾT NGUYÊN ĐÁN VÀ LỄ HỘI XUÂN 2028",
 "subtitle": "(Kèm theo Kế hoạch số 301/KH-BATGT ngày 05/12/2027 của Ban An toàn giao thông tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "deliverable", "timeframe"),
   ["TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Kết quả", "Thời gian"], [0.05, 0.38, 0.15, 0.16, 0.14, 0.12])],
 "items": [
  SK("I", "TUYÊN TRUYỀN",
    T87("1", "Tuyên truyền quy định về nồng độ cồn khi tham gia giao thông trên phương tiện thông tin đại chúng", "Sở Văn hóa, Thể thao và Du lịch", "Báo và Phát thanh, Truyền hình tỉnh", "Tin, bài, phóng sự", "Từ 15/12/2027 đến 28/02/2028"),
    T87("2", "Ký cam kết chấp hành pháp luật về giao thông của học sinh trước kỳ nghỉ Tết", "Sở Giáo dục và Đào tạo", "Các trường học", "Bản cam kết", "Tháng 01/2028")),
  SK("II", "TUẦN TRA, KIỂM SOÁT",
    T87("3", "Ra quân cao điểm tuần tra, kiểm soát, xử lý vi phạm về tốc độ, nồng độ cồn, chở quá số người quy định", "Công an tỉnh", "Thanh tra Sở Xây dựng; Công an các xã, phường", "Biên bản xử lý vi phạm", "Cao điểm Tết Nguyên đán"),
    T87("4", "Kiểm tra điều kiện an toàn của phương tiện vận tải hành khách, bến xe khách", "Sở Xây dựng", "Công an tỉnh", "Kết luận kiểm tra", "Trước ngày 20/01/2028"),
    T87("5", "Bảo đảm trật tự giao thông tại các lễ hội xuân có đông người tham gia", "UBND các xã, phường có lễ hội", "Công an tỉnh; Ban Quản lý di tích tỉnh", "Không để xảy ra ùn tắc kéo dài", "Tháng 02/2028")),
  SK("III", "TỔNG HỢP, BÁO CÁO",
    T87("6", "Tổng hợp, báo cáo tình hình tai nạn giao thông trong dịp Tết", "Văn phòng Ban An toàn giao thông tỉnh", "Các sở, ngành, địa phương", "Báo cáo", "Mùng 10 tháng Giêng"))]}

T88 = tasker("content", "lead", "coordinating", "timeframe", "funding", "note")
P88 = {"schema": "annex/v1", "appendix": "", "title": "DANH MỤC HOẠT ĐỘNG HỖ TRỢ PHÁT TRIỂN DOANH NGHIỆP NHỎ VÀ VỪA NĂM 2028",
 "subtitle": "(Kèm theo Kế hoạch số 12/KH-SCT ngày 08/01/2028 của Sở Công Thương)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "funding", "note"),
   ["STT", "Tên hoạt động", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian", "Kinh phí (triệu đồng)", "Ghi chú"], [0.05, 0.33, 0.14, 0.15, 0.11, 0.11, 0.11])],
 "items": [
  SK("I", "HỖ TRỢ TƯ VẤN VÀ ĐÀO TẠO",
    T88("1", "Tư vấn pháp lý miễn phí cho doanh nghiệp nhỏ và vừa về hợp đồng, thuế, lao động", "Sở Tư pháp", "Hiệp hội Doanh nghiệp tỉnh", "Cả năm", "120", ""),
    T88("2", "Đào tạo khởi sự doanh nghiệp và quản trị doanh nghiệp", "Sở Công Thương", "Trường Cao đẳng Kỹ thuật Công nghệ", "Quý II, Quý III", "350", "04 lớp")),
  SK("II", "HỖ TRỢ CHUYỂN ĐỔI SỐ VÀ THỊ TRƯỜNG",
    T88("3", "Hỗ trợ doanh nghiệp đưa sản phẩm lên sàn thương mại điện tử", "Sở Công Thương", "Sở Khoa học và Công nghệ; các sàn thương mại điện tử", "Tháng 4 - tháng 10", "200", "Ưu tiên sản phẩm OCOP"),
    T88("4", "Tổ chức Hội chợ hàng Việt và kết nối cung cầu", "Trung tâm Xúc tiến Thương mại tỉnh", "UBND các xã, phường", "Tháng 9/2028", "1.500", "Xã hội hóa một phần"),
    T88("5", "Hỗ trợ doanh nghiệp tham gia chuỗi giá trị", "Sở Tài chính", "Ngân hàng Nhà nước Chi nhánh Khu vực 9", "Năm 2028", "", "Theo đề xuất của doanh nghiệp"))]}

# Held-out annexes 89 and 90 (session 27), written before any parse of them.
T89 = tasker("content", "lead", "coordinating", "timeframe", "deliverable")
P89 = {"schema": "annex/v1", "appendix": "I", "title": "NHIỆM VỤ PHÁT TRIỂN VĂN HÓA ĐỌC TRONG CỘNG ĐỒNG GIAI ĐOẠN 2028 - 2030",
 "subtitle": "(Kèm theo Kế hoạch số 77/KH-UBND ngày 14/02/2028 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "deliverable"),
   ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn hoàn thành", "Sản phẩm"], [0.05, 0.37, 0.15, 0.17, 0.12, 0.14])],
 "items": [
  SK("I", "NÂNG CAO NHẬN THỨC VỀ VAI TRÒ CỦA SÁCH VÀ VĂN HÓA ĐỌC",
    T89("1", "Tổ chức Ngày Sách và Văn hóa đọc Việt Nam gắn với các hoạt động giới thiệu sách mới", "Sở Văn hóa, Thể thao và Du lịch", "Thư viện tỉnh; Hội Văn học nghệ thuật tỉnh", "Hằng năm, trước ngày 21/4", "Chương trình hoạt động"),
    T89("2", "Phát động phong trào đọc sách trong trường học", "Sở Giáo dục và Đào tạo", "Tỉnh đoàn; Hội đồng Đội tỉnh", "Năm học 2028 - 2029", "Kế hoạch phát động",
      subs=(T89("a", "Xây dựng tủ sách lớp học, góc đọc sách thân thiện", "Các trường phổ thông", "Hội Cha mẹ học sinh", "Quý III/2028", "Tủ sách, góc đọc"),
            T89("b", "Tổ chức cuộc thi Đại sứ Văn hóa đọc cấp tỉnh", "Sở Giáo dục và Đào tạo", "Thư viện tỉnh", "Tháng 3 hằng năm", "Cuộc thi")))),
  SK("II", "PHÁT TRIỂN HỆ THỐNG THƯ VIỆN",
    T89("3", "Luân chuyển sách, báo đến thư viện cơ sở, điểm bưu điện văn hóa xã", "Thư viện tỉnh", "Bưu điện tỉnh; UBND các xã, phường", "Thường xuyên", "Sách, báo được luân chuyển"),
    T89("4", "Số hóa tài liệu địa chí, xây dựng thư viện số dùng chung", "Thư viện tỉnh", "Sở Khoa học và Công nghệ", "Năm 2029", "Cơ sở dữ liệu tài liệu số"),
    T89("5", "Hỗ trợ thư viện tư nhân có phục vụ cộng đồng theo quy định", "Sở Văn hóa, Thể thao và Du lịch", "Sở Tài chính", "2028 - 2030", "")),
  SK("III", "KIỂM TRA, BÁO CÁO",
    T89("6", "Sơ kết việc thực hiện Kế hoạch; đề xuất khen thưởng tập thể, cá nhân có thành tích", "Sở Văn hóa, Thể thao và Du lịch", "Các sở, ban, ngành; UBND các xã, phường", "Tháng 12/2029", "Báo cáo sơ kết"))]}

T90 = tasker("content", "lead", "coordinating", "timeframe", "note")
P90 = {"schema": "annex/v1", "appendix": "", "title": "PHÂN CÔNG THỰC HIỆN CHƯƠNG TRÌNH CÔNG TÁC DÂN VẬN NĂM 2028",
 "subtitle": "(Kèm theo Chương trình số 15-CTr/TU ngày 10/01/2028 của Ban Thường vụ Tỉnh ủy)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "note"),
   ["STT", "Nội dung công việc", "Cơ quan tham mưu", "Cơ quan phối hợp", "Thời gian", "Ghi chú"], [0.06, 0.38, 0.16, 0.17, 0.12, 0.11])],
 "items": [
  SK("A", "CÔNG TÁC DÂN VẬN CỦA HỆ THỐNG CHÍNH TRỊ", kind="part", *[
   SK("I", "CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO",
     T90("1", "Tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch thực hiện Quy chế dân chủ ở cơ sở năm 2028", "Ban Dân vận Tỉnh ủy", "Đảng ủy Ủy ban nhân dân tỉnh", "Quý I/2028", ""),
     T90("2", "Sơ kết 05 năm thực hiện Kết luận của Bộ Chính trị về công tác dân vận", "Ban Dân vận Tỉnh ủy", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh; các đoàn thể chính trị - xã hội tỉnh", "Tháng 6/2028", "Hội nghị trực tiếp")),
   SK("II", "XÂY DỰNG MÔ HÌNH “DÂN VẬN KHÉO”",
     T90("3", "Lựa chọn, nhân rộng mô hình “Dân vận khéo” trong phát triển kinh tế và xây dựng nông thôn mới", "Ban Dân vận Tỉnh ủy", "Hội Nông dân tỉnh; Liên đoàn Lao động tỉnh", "Cả năm", "Mỗi xã ít nhất 01 mô hình"))]),
  SK("B", "CÔNG TÁC DÂN VẬN CHÍNH QUYỀN", kind="part", *[
   SK("I", "TIẾP DÂN, ĐỐI THOẠI",
     T90("4", "Tổ chức đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân", "Ủy ban nhân dân tỉnh", "Ban Tiếp công dân tỉnh", "Định kỳ 06 tháng", ""),
     T90("5", "Giải quyết kịp thời kiến nghị của cử tri sau các kỳ họp Hội đồng nhân dân", "Các sở, ngành", "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh", "Trong vòng 30 ngày", "Báo cáo kết quả về Ban Dân vận"))])]}

# Held-out annexes 91 and 92 (session 27), written before any parse of them.
T91 = tasker("content", "lead", "coordinating", "timeframe", "deliverable")
P91 = {"schema": "annex/v1", "appendix": "02", "title": "NHIỆM VỤ PHÁT TRIỂN KINH TẾ BAN ĐÊM TRÊN ĐỊA BÀN THÀNH PHỐ GIAI ĐOẠN 2028 - 2030",
 "subtitle": "(Kèm theo Kế hoạch số 145/KH-UBND ngày 03/3/2028 của Ủy ban nhân dân thành phố)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "deliverable"),
   ["STT", "Nhiệm vụ, giải pháp", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Kết quả dự kiến"], [0.05, 0.36, 0.15, 0.17, 0.12, 0.15])],
 "items": [
  SK("I.", "QUY HOẠCH KHÔNG GIAN HOẠT ĐỘNG BAN ĐÊM",
    T91("1.", "Rà soát, xác định các khu vực, tuyến phố tổ chức hoạt động kinh tế ban đêm", "Sở Xây dựng", "UBND các phường; Công an thành phố", "Quý II/2028", "Danh mục khu vực, tuyến phố",
      subs=(T91("1.1", "Khảo sát hiện trạng các tuyến phố đi bộ, chợ đêm", "UBND các phường", "Sở Văn hóa và Thể thao", "Tháng 4/2028", "Báo cáo khảo sát"),
            T91("1.2", "Lấy ý kiến người dân, hộ kinh doanh về phạm vi, thời gian hoạt động", "UBND các phường", "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố", "Tháng 5/2028", "Báo cáo tổng hợp ý kiến"))),
    T91("2.", "Ban hành quy chế quản lý hoạt động kinh doanh, dịch vụ ban đêm", "Sở Công Thương", "Sở Tư pháp; Công an thành phố", "Quý III/2028", "Quyết định của UBND thành phố")),
  SK("II.", "PHÁT TRIỂN SẢN PHẨM, DỊCH VỤ BAN ĐÊM",
    T91("3.", "Xây dựng sản phẩm du lịch đêm gắn với di sản, làng nghề", "Sở Du lịch", "Các doanh nghiệp lữ hành", "2028 - 2029", "Ít nhất 05 sản phẩm mới"),
    T91("4.", "Bảo đảm an ninh trật tự, phòng cháy chữa cháy tại các khu vực hoạt động ban đêm", "Công an thành phố", "UBND các phường", "Thường xuyên", "Không để xảy ra vụ việc phức tạp"),
    T91("5.", "Tổng kết, đánh giá hiệu quả mô hình", "Sở Công Thương", "Các sở, ngành liên quan", "Tháng 12/2030", "Báo cáo tổng kết"))]}

T92 = tasker("content", "lead", "coordinating", "timeframe", "funding")
P92 = {"schema": "annex/v1", "appendix": "", "title": "KẾ HOẠCH KIỂM TRA AN TOÀN THỰC PHẨM TẾT NGUYÊN ĐÁN MẬU THÂN VÀ MÙA LỄ HỘI XUÂN 2028",
 "subtitle": "(Ban hành kèm theo Quyết định số 32/QĐ-BCĐ ngày 20/12/2027 của Ban Chỉ đạo liên ngành về an toàn thực phẩm tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "funding"),
   ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian", "Kinh phí"], [0.05, 0.38, 0.16, 0.17, 0.12, 0.12])],
 "items": [
  SK("I", "THÔNG TIN, TRUYỀN THÔNG",
    T92("1", "Truyền thông về chọn mua, chế biến thực phẩm an toàn dịp Tết trên các phương tiện thông tin đại chúng", "Sở Y tế", "Báo và Phát thanh, Truyền hình tỉnh", "Từ ngày 25/12/2027 đến ngày 15/3/2028", "Ngân sách nhà nước"),
    T92("2", "Treo băng rôn, khẩu hiệu tại chợ, siêu thị, khu du lịch", "UBND các xã, phường", "Ban Quản lý chợ", "Tháng 01/2028", "Ngân sách địa phương")),
  SK("II", "THANH TRA, KIỂM TRA",
    T92("3", "Kiểm tra cơ sở sản xuất, kinh doanh thực phẩm, bánh mứt kẹo, rượu, đồ uống", "Đoàn kiểm tra liên ngành tỉnh", "Công an tỉnh (Phòng Cảnh sát kinh tế); Chi cục Quản lý thị trường", "Từ ngày 05/01 đến ngày 05/02/2028", "Ngân sách nhà nước"),
    T92("4", "Giám sát an toàn thực phẩm tại các lễ hội đầu xuân", "Trung tâm Kiểm soát bệnh tật tỉnh", "Ban tổ chức lễ hội", "Tháng 02/2028", "Không"),
    T92("5", "Lấy mẫu, kiểm nghiệm nhanh thực phẩm tại chợ đầu mối", "Chi cục An toàn vệ sinh thực phẩm", "Trung tâm Kiểm nghiệm tỉnh", "Theo kế hoạch của Đoàn kiểm tra", "Nguồn thu từ xử phạt vi phạm hành chính")),
  SK("III", "BÁO CÁO",
    T92("6", "Tổng hợp, báo cáo kết quả về Ban Chỉ đạo liên ngành Trung ương", "Sở Y tế", "Các thành viên Ban Chỉ đạo", "Trước ngày 25/02/2028", ""))]}

# Held-out annexes 93 and 94 (session 27), written before any parse of them.
T93 = tasker("content", "extra:Địa điểm", "lead", "coordinating", "deliverable", "timeframe")
P93 = {"schema": "annex/v1", "appendix": "II", "title": "DANH MỤC NHIỆM VỤ ỨNG PHÓ VỚI BIẾN ĐỔI KHÍ HẬU GIAI ĐOẠN 2028 - 2030",
 "subtitle": "(Kèm theo Kế hoạch số 210/KH-UBND ngày 18/4/2028 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "extra", "lead", "coordinating", "deliverable", "timeframe"),
   ["TT", "Nhiệm vụ", "Địa điểm", "Cơ quan chủ trì", "Cơ quan phối hợp", "Sản phẩm", "Thời gian"], [0.05, 0.30, 0.12, 0.14, 0.15, 0.13, 0.11])],
 "items": [
  SK("I", "GIẢM NHẸ PHÁT THẢI KHÍ NHÀ KÍNH",
    T93("1", "Kiểm kê khí nhà kính cấp tỉnh các lĩnh vực năng lượng, nông nghiệp, chất thải", "Toàn tỉnh", "Sở Nông nghiệp và Môi trường", "Sở Công Thương; Sở Xây dựng", "Báo cáo kiểm kê", "Năm 2028"),
    T93("2", "Chuyển đổi phương tiện vận tải hành khách công cộng sang sử dụng điện, năng lượng xanh", "Thành phố và các đô thị loại III", "Sở Xây dựng", "Các doanh nghiệp vận tải", "Tuyến xe buýt điện", "2028 - 2030")),
  SK("II", "THÍCH ỨNG VỚI BIẾN ĐỔI KHÍ HẬU",
    T93("3", "Xây dựng hệ thống cảnh báo sớm ngập lụt tại các lưu vực sông chính", "Lưu vực sông Cả, sông Lam", "Đài Khí tượng Thủy văn tỉnh", "Ban Chỉ huy Phòng thủ dân sự tỉnh", "Hệ thống cảnh báo", "Quý IV/2029"),
    T93("4", "Trồng mới và phục hồi rừng ngập mặn ven biển", "Các xã ven biển", "Chi cục Kiểm lâm", "UBND các xã ven biển; Đồn Biên phòng", "150 ha rừng ngập mặn", "Hằng năm"),
    T93("5", "Di dời dân cư ra khỏi vùng có nguy cơ sạt lở cao", "Các xã miền núi", "UBND các xã có liên quan", "Sở Tài chính; Sở Nông nghiệp và Môi trường", "Khu tái định cư", "Theo tiến độ dự án"))]}

T94 = tasker("content", "lead", "coordinating", "timeframe", "note")
P94 = {"schema": "annex/v1", "appendix": "", "title": "PHÂN CÔNG NHIỆM VỤ TỔ CHỨC NGÀY HỘI ĐẠI ĐOÀN KẾT TOÀN DÂN TỘC NĂM 2028",
 "subtitle": "(Kèm theo Kế hoạch số 41/KH-MTTQ-BTT ngày 25/9/2028 của Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "note"),
   ["STT", "Nội dung công việc", "Người/đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Ghi chú"], [0.06, 0.40, 0.15, 0.15, 0.13, 0.11])],
 "items": [
  SK("I", "CÔNG TÁC CHUẨN BỊ",
    T94("1", "Xây dựng kế hoạch, hướng dẫn Ban Công tác Mặt trận các thôn tổ chức Ngày hội", "Ban Thường trực Ủy ban Mặt trận Tổ quốc xã", "Các đoàn thể chính trị - xã hội xã", "Trước ngày 05/10/2028", ""),
    T94("2", "Rà soát, lựa chọn khu dân cư tổ chức điểm Ngày hội cấp xã", "Chủ tịch Ủy ban Mặt trận Tổ quốc xã", "Trưởng thôn", "Trước ngày 15/10/2028", "Chọn 01 thôn"),
    T94("3", "Bình xét, đề nghị khen thưởng gia đình tiêu biểu, khu dân cư văn hóa", "Ban Công tác Mặt trận các thôn", "Chi hội Phụ nữ; Chi hội Nông dân các thôn", "Trước ngày 30/10/2028", "")),
  SK("II", "TỔ CHỨC NGÀY HỘI",
    T94("4", "Tổ chức phần lễ: ôn lại truyền thống, biểu dương gia đình tiêu biểu", "Ban Công tác Mặt trận thôn", "Chi bộ thôn", "Từ ngày 10/11 đến ngày 18/11/2028", "Mời lãnh đạo xã dự"),
    T94("5", "Tổ chức phần hội: văn nghệ, thể thao, trò chơi dân gian", "Chi đoàn thanh niên thôn", "Chi hội Cựu chiến binh thôn", "Trong ngày hội", "Xã hội hóa"))]}

# Held-out annexes 95 and 96 (session 27), written before any parse of them.
T95 = tasker("content", "lead", "extra:Địa điểm xây dựng", "timeframe", "funding")
P95 = {"schema": "annex/v1", "appendix": "03", "title": "DANH MỤC DỰ ÁN ĐẦU TƯ CÔNG KHỞI CÔNG MỚI NĂM 2029",
 "subtitle": "(Kèm theo Nghị quyết số 58/NQ-HĐND ngày 10/12/2028 của Hội đồng nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "extra", "timeframe", "funding"),
   ["STT", "Tên dự án", "Chủ đầu tư", "Địa điểm xây dựng", "Thời gian thực hiện", "Tổng mức đầu tư (triệu đồng)"], [0.05, 0.37, 0.17, 0.15, 0.12, 0.14])],
 "items": [
  SK("I", "LĨNH VỰC GIAO THÔNG",
    T95("1", "Nâng cấp, mở rộng đường tỉnh 537 đoạn qua trung tâm xã", "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh", "Xã Nam Đàn", "2029 - 2031", "185.000"),
    T95("2", "Cầu vượt lũ qua sông Lam kết nối hai bờ", "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh", "Các xã Thanh Chương, Đại Đồng", "2029 - 2032", "420.500")),
  SK("II", "LĨNH VỰC GIÁO DỤC VÀ Y TẾ",
    T95("3", "Xây dựng nhà lớp học bộ môn Trường THPT số 2", "Sở Giáo dục và Đào tạo", "Phường Vinh Phú", "2029 - 2030", "32.000"),
    T95("4", "Cải tạo khoa Cấp cứu, Bệnh viện Đa khoa khu vực", "Sở Y tế", "Phường Hoàng Mai", "2029", "18.750"),
    T95("5", "Trạm y tế xã đạt chuẩn quốc gia (05 trạm)", "UBND các xã có dự án", "Các xã miền núi", "2029 - 2030", "25.000"))]}

T96 = tasker("content", "extra:Đối tượng tham gia", "lead", "timeframe", "extra:Địa điểm")
P96 = {"schema": "annex/v1", "appendix": "", "title": "KẾ HOẠCH TỔ CHỨC CÁC HOẠT ĐỘNG HÈ CHO THIẾU NHI NĂM 2029",
 "subtitle": "(Kèm theo Kế hoạch số 23/KH-PGDĐT ngày 15/5/2029 của Phòng Văn hóa - Xã hội)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "extra", "lead", "timeframe", "extra"),
   ["TT", "Hoạt động", "Đối tượng tham gia", "Đơn vị tổ chức", "Thời gian", "Địa điểm"], [0.05, 0.33, 0.16, 0.17, 0.14, 0.15])],
 "items": [
    T96("1", "Lễ khai mạc hè và phát động tháng hành động vì trẻ em", "Thiếu nhi toàn xã", "Đoàn Thanh niên xã", "Ngày 01/6/2029", "Nhà văn hóa xã"),
    T96("2", "Lớp dạy bơi, phòng chống đuối nước", "Học sinh tiểu học, trung học cơ sở", "Trung tâm Văn hóa - Thể thao xã", "Tháng 6 - tháng 7", "Bể bơi thôn Trung"),
    T96("3", "Sinh hoạt câu lạc bộ đọc sách, kỹ năng sống", "Thiếu nhi các thôn", "Thư viện xã; Chi đoàn các thôn", "Thứ Bảy hằng tuần", "Điểm sinh hoạt thôn"),
    T96("4", "Hội trại “Thiếu nhi vui khỏe”", "Đại diện các chi đội", "Hội đồng Đội xã", "Tháng 7/2029", "Trường THCS xã"),
    T96("5", "Tổng kết hoạt động hè, trao thưởng", "Thiếu nhi tiêu biểu", "Đoàn Thanh niên xã", "Cuối tháng 8/2029", "Nhà văn hóa xã")]}

T97 = tasker("content", "lead", "coordinating", "deliverable", "timeframe")
P97 = {"schema": "annex/v1", "appendix": "I", "title": "NHIỆM VỤ, GIẢI PHÁP PHÁT TRIỂN NHÀ Ở XÃ HỘI GIAI ĐOẠN 2030 - 2035",
 "subtitle": "(Ban hành kèm theo Quyết định số 1207/QĐ-UBND ngày 14/02/2030 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "deliverable", "timeframe"),
   ["STT", "Nhiệm vụ, giải pháp", "Cơ quan chủ trì", "Cơ quan phối hợp", "Sản phẩm", "Thời hạn hoàn thành"], [0.05, 0.34, 0.15, 0.19, 0.14, 0.13])],
 "items": [
  SK("I", "HOÀN THIỆN CƠ CHẾ, CHÍNH SÁCH",
    T97("1", "Rà soát, đề xuất sửa đổi quy định về đối tượng, điều kiện được mua, thuê mua nhà ở xã hội trên địa bàn tỉnh", "Sở Xây dựng", "Sở Tư pháp; Sở Tài chính; Ngân hàng Chính sách xã hội chi nhánh tỉnh", "Báo cáo rà soát; dự thảo văn bản", "Quý II/2030",
      subs=(T97("1.1", "Tổng hợp vướng mắc của chủ đầu tư và người mua nhà", "Sở Xây dựng", "Hiệp hội Bất động sản tỉnh", "Báo cáo tổng hợp", "Tháng 4/2030"),
            T97("1.2", "Xây dựng dự thảo quyết định thay thế", "Sở Xây dựng", "Sở Tư pháp", "Dự thảo quyết định", "Tháng 6/2030"))),
    T97("2", "Ban hành quy định về quỹ đất 20% trong dự án nhà ở thương mại để xây dựng nhà ở xã hội", "Sở Nông nghiệp và Môi trường", "Sở Xây dựng; UBND cấp xã", "Quyết định của UBND tỉnh", "Năm 2030")),
  SK("II", "BỐ TRÍ QUỸ ĐẤT VÀ NGUỒN VỐN",
    T97("1", "Rà soát quỹ đất sạch tại các khu công nghiệp, khu đô thị để giao cho nhà đầu tư:\n- Lập danh mục khu đất đủ điều kiện;\n- Công bố công khai trên Cổng thông tin điện tử tỉnh", "UBND các phường", "Ban Quản lý các khu công nghiệp; Sở Nông nghiệp và Môi trường", "Danh mục khu đất", "Trước ngày 30/9/2030"),
    T97("2", "Cho vay ưu đãi mua, thuê mua nhà ở xã hội đối với công nhân, người lao động có thu nhập thấp", "Ngân hàng Chính sách xã hội chi nhánh tỉnh", "Liên đoàn Lao động tỉnh; các ngân hàng thương mại", "Số hộ được vay vốn", "Hằng năm"),
    T97("3", "Ủy thác vốn ngân sách địa phương qua Ngân hàng Chính sách xã hội", "Sở Tài chính", "", "Nghị quyết của HĐND tỉnh", "Năm 2030 và các năm tiếp theo")),
  SK("III", "THỦ TỤC ĐẦU TƯ VÀ GIÁM SÁT",
    T97("1", "Rút ngắn thời gian giải quyết thủ tục chấp thuận chủ trương đầu tư dự án nhà ở xã hội", "Sở Tài chính", "Các sở, ngành liên quan", "", "Thường xuyên"),
    T97("2", "Kiểm tra việc bán, cho thuê, cho thuê mua đúng đối tượng; xử lý nghiêm vi phạm", "Thanh tra tỉnh", "Sở Xây dựng; Công an tỉnh", "Kết luận thanh tra", "Định kỳ 06 tháng"),
    T97("3", "Tổng hợp, báo cáo kết quả thực hiện gửi Bộ Xây dựng", "Sở Xây dựng", "Các sở, ngành; UBND cấp xã", "Báo cáo", "Trước ngày 15/12 hằng năm"))]}

T98 = tasker("content", "deliverable", "lead", "coordinating", "timeframe", "note")
P98 = {"schema": "annex/v1", "appendix": "02", "title": "DANH MỤC NHIỆM VỤ BẢO ĐẢM AN TOÀN THÔNG TIN MẠNG NĂM 2030",
 "subtitle": "(Kèm theo Kế hoạch số 41/KH-UBND ngày 08/01/2030 của UBND huyện)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "deliverable", "lead", "coordinating", "timeframe", "note"),
   ["TT", "Nội dung", "Sản phẩm", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian", "Ghi chú"], [0.05, 0.30, 0.14, 0.14, 0.15, 0.12, 0.10])],
 "items": [
  SK("A", "NHIỆM VỤ THƯỜNG XUYÊN",
    SK("I", "Giám sát, ứng cứu sự cố",
      T98("1", "Giám sát an toàn thông tin cho hệ thống thông tin giải quyết thủ tục hành chính", "Báo cáo giám sát", "Trung tâm Công nghệ thông tin và Truyền thông", "Các cơ quan, đơn vị", "Hằng tháng", ""),
      T98("2", "Duy trì đội ứng cứu sự cố an toàn thông tin mạng", "Quyết định kiện toàn", "Phòng Văn hóa - Xã hội", "Công an huyện", "Quý I/2030", "Kiện toàn khi có thay đổi nhân sự")),
    SK("II", "Tuyên truyền, nâng cao nhận thức",
      T98("1", "Tuyên truyền kỹ năng nhận diện lừa đảo trực tuyến cho người dân", "Tin, bài, video ngắn", "Trung tâm Văn hóa, Thông tin và Thể thao", "Đoàn Thanh niên; Hội Phụ nữ", "Thường xuyên", ""),
      T98("2", "Tập huấn an toàn thông tin cho cán bộ, công chức:\n- Quản lý mật khẩu, thư điện tử;\n- Xử lý tệp đính kèm đáng ngờ", "02 lớp tập huấn", "Phòng Văn hóa - Xã hội", "Sở Khoa học và Công nghệ", "Tháng 5 và tháng 10/2030", "Lồng ghép hội nghị chuyên đề")),
    kind="part"),
  SK("B", "NHIỆM VỤ TRỌNG TÂM",
    T98("1", "Triển khai phương án bảo đảm an toàn hệ thống thông tin theo cấp độ", "Hồ sơ đề xuất cấp độ được phê duyệt", "Văn phòng HĐND và UBND huyện", "Trung tâm Công nghệ thông tin và Truyền thông", "Tháng 3 - tháng 6/2030", ""),
    T98("2", "Diễn tập thực chiến ứng phó tấn công mạng", "Kịch bản, báo cáo diễn tập", "Công an huyện", "Các cơ quan, đơn vị có hệ thống thông tin quan trọng", "Quý III/2030", "Theo hướng dẫn của cấp tỉnh"),
    T98("3", "Đánh giá, báo cáo tình hình bảo đảm an toàn thông tin năm 2030", "Báo cáo", "Phòng Văn hóa - Xã hội", "", "Trước ngày 10/12/2030", ""),
    kind="part")]}

T99 = tasker("content", "lead", "coordinating", "timeframe", "funding")
P99 = {"schema": "annex/v1", "appendix": "", "title": "DANH MỤC NHIỆM VỤ PHÁT TRIỂN KINH TẾ TUẦN HOÀN TRONG NÔNG NGHIỆP NĂM 2030",
 "subtitle": "(Kèm theo Kế hoạch số 77/KH-UBND ngày 21/3/2030 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "funding"),
   ["TT", "Nội dung công việc", "Cơ quan, đơn vị chủ trì", "Cơ quan, đơn vị phối hợp", "Thời gian hoàn thành", "Kinh phí thực hiện"], [0.05, 0.36, 0.16, 0.18, 0.12, 0.13])],
 "items": [
  SK("I", "Công tác tuyên truyền, đào tạo",
    T99("1", "Xây dựng chuyên mục về nông nghiệp tuần hoàn trên Báo và Phát thanh, Truyền hình tỉnh", "Sở Nông nghiệp và Môi trường", "Báo và Phát thanh, Truyền hình tỉnh", "Hằng quý", "Ngân sách tỉnh"),
    T99("2", "Đào tạo, tập huấn cho hợp tác xã, tổ hợp tác", "Liên minh Hợp tác xã tỉnh", "Hội Nông dân tỉnh; UBND các xã", "Quý II, quý III/2030", "Nguồn vốn khuyến nông",
      subs=(T99("a", "Kỹ thuật xử lý phụ phẩm trồng trọt làm phân bón hữu cơ", "Trung tâm Khuyến nông tỉnh", "Các hợp tác xã", "Tháng 5/2030", "Nguồn vốn khuyến nông"),
            T99("b", "Ủ chất thải chăn nuôi bằng chế phẩm sinh học", "Chi cục Chăn nuôi và Thú y", "UBND các xã", "Tháng 8/2030", "Lồng ghép các chương trình mục tiêu quốc gia")))),
  SK("II", "Xây dựng mô hình",
    T99("1", "Mô hình tuần hoàn chăn nuôi - biogas - trồng trọt quy mô nông hộ", "Trung tâm Khuyến nông tỉnh", "Hội Nông dân tỉnh", "Năm 2030", "Ngân sách tỉnh; vốn đối ứng của người dân"),
    T99("2", "Mô hình nuôi trồng thủy sản kết hợp trồng lúa hữu cơ", "Chi cục Thủy sản", "Viện Nghiên cứu Nuôi trồng thủy sản I; các doanh nghiệp", "2030 - 2031", "Nguồn vốn sự nghiệp khoa học"),
    T99("3", "Thu gom, tái chế bao gói thuốc bảo vệ thực vật sau sử dụng", "Chi cục Trồng trọt và Bảo vệ thực vật", "Công ty cổ phần Môi trường đô thị; UBND các xã", "Thường xuyên", "Doanh nghiệp tự bảo đảm")),
  SK("III", "Kiểm tra, đánh giá",
    T99("1", "Kiểm tra việc thực hiện các mô hình; tổng hợp báo cáo UBND tỉnh", "Sở Nông nghiệp và Môi trường", "Sở Tài chính; Sở Khoa học và Công nghệ", "Tháng 12/2030", "Không"))]}

T100 = tasker("content", "lead", "coordinating", "deliverable", "timeframe")
P100 = {"schema": "annex/v1", "appendix": "III", "title": "PHÂN CÔNG NHIỆM VỤ THỰC HIỆN NGHỊ QUYẾT VỀ PHÁT TRIỂN NGUỒN NHÂN LỰC Y TẾ",
 "subtitle": "(Kèm theo Chương trình hành động số 12-CTr/TU ngày 02/4/2030 của Ban Thường vụ Tỉnh ủy)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "deliverable", "timeframe"),
   ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Kết quả/sản phẩm", "Thời hạn"], [0.05, 0.39, 0.14, 0.17, 0.14, 0.11])],
 "items": [
  SK("I", "NÂNG CAO CHẤT LƯỢNG ĐÀO TẠO",
    T100("1", "Rà soát nhu cầu nhân lực y tế các tuyến đến năm 2035, trong đó chú trọng bác sĩ chuyên khoa lão khoa, hồi sức cấp cứu, nhi khoa và y học cổ truyền; xây dựng kế hoạch đào tạo theo địa chỉ cho các trạm y tế xã vùng sâu, vùng xa", "Sở Y tế", "Sở Nội vụ; Sở Tài chính; Trường Cao đẳng Y tế", "Kế hoạch đào tạo giai đoạn 2030 - 2035", "Quý III/2030"),
    T100("2", "Liên kết với các trường đại học y, dược đào tạo sau đại học", "Sở Y tế", "Đại học Y Hà Nội; Trường Đại học Y Dược Huế", "Thỏa thuận hợp tác", "Năm 2030 - 2032")),
  SK("II", "THU HÚT, ĐÃI NGỘ NHÂN LỰC",
    T100("1", "Xây dựng chính sách hỗ trợ bác sĩ về công tác tại trạm y tế xã", "Sở Y tế", "Sở Tư pháp; Sở Tài chính", "Nghị quyết của HĐND tỉnh", "Kỳ họp cuối năm 2030"),
    T100("2", "Bố trí nhà ở công vụ cho viên chức y tế công tác ở xã đặc biệt khó khăn", "UBND các xã", "Sở Xây dựng", "", "2030 - 2031"),
    T100("3", "Tôn vinh thầy thuốc tiêu biểu nhân Ngày Thầy thuốc Việt Nam 27/2", "Sở Y tế", "Liên đoàn Lao động tỉnh; Công đoàn ngành Y tế", "Quyết định khen thưởng", "Tháng 2 hằng năm")),
  SK("III", "TỔ CHỨC THỰC HIỆN",
    T100("1", "Sơ kết 03 năm thực hiện Chương trình hành động", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Đảng ủy UBND tỉnh; Sở Y tế", "Báo cáo sơ kết", "Tháng 4/2033"))]}

T101 = tasker("content", "lead", "coordinating", "deliverable", "timeframe", "funding", "note")
P101 = {"schema": "annex/v1", "appendix": "01", "title": "DANH MỤC NHIỆM VỤ XỬ LÝ CHẤT THẢI RẮN SINH HOẠT NĂM 2030",
 "subtitle": "(Kèm theo Kế hoạch số 156/KH-UBND ngày 09/7/2030 của UBND thành phố)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "deliverable", "timeframe", "funding", "note"),
   ["STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Sản phẩm", "Thời gian", "Kinh phí (triệu đồng)", "Ghi chú"], [0.05, 0.27, 0.13, 0.15, 0.12, 0.10, 0.09, 0.09])],
 "items": [
  SK("I.", "PHÂN LOẠI CHẤT THẢI RẮN TẠI NGUỒN",
    T101("1.", "Thí điểm phân loại chất thải rắn sinh hoạt tại hộ gia đình", "UBND các phường", "Hội Liên hiệp Phụ nữ thành phố; tổ dân phố", "Mô hình thí điểm", "Tháng 8 - 12/2030", "350", "Tại 05 phường",
      subs=(T101("1.1.", "Cấp thùng phân loại cho hộ gia đình", "UBND các phường", "Công ty cổ phần Môi trường và Dịch vụ đô thị", "2.000 bộ thùng", "Tháng 8/2030", "200", ""),
            T101("1.2.", "Hướng dẫn, giám sát việc phân loại", "Tổ dân phố", "Đoàn Thanh niên phường", "", "Thường xuyên", "", ""))),
    T101("2.", "Tuyên truyền lợi ích của phân loại rác trên hệ thống loa truyền thanh", "Trung tâm Văn hóa, Thông tin và Thể thao thành phố", "UBND các phường", "Tin, bài phát thanh", "Hằng tuần", "30", "")),
  SK("II.", "THU GOM, VẬN CHUYỂN VÀ XỬ LÝ",
    T101("1.", "Điều chỉnh tuyến, giờ thu gom phù hợp với từng khu dân cư", "Phòng Kinh tế, Hạ tầng và Đô thị", "Công ty cổ phần Môi trường và Dịch vụ đô thị", "Phương án thu gom", "Quý III/2030", "Không", ""),
    T101("2.", "Đóng cửa, cải tạo phục hồi môi trường bãi rác cũ", "Ban Quản lý dự án đầu tư xây dựng thành phố", "Sở Nông nghiệp và Môi trường", "Bãi rác được cải tạo", "2030 - 2031", "4.500", "Vốn đầu tư công"),
    T101("3.", "Kiểm tra, xử lý hành vi đổ thải không đúng nơi quy định", "Công an thành phố", "Đội Quản lý trật tự đô thị; UBND các phường", "Biên bản xử lý vi phạm", "Thường xuyên", "", ""))]}

T102 = tasker("content", "lead", "coordinating", "timeframe", "note")
P102 = {"schema": "annex/v1", "appendix": "", "title": "PHÂN CÔNG NHIỆM VỤ TỔ CHỨC LỄ HỘI VĂN HÓA - DU LỊCH XÃ NĂM 2030",
 "subtitle": "(Kèm theo Kế hoạch số 18/KH-BTC ngày 05/7/2030 của Ban Tổ chức lễ hội)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "note"),
   ["TT", "Nội dung công việc", "Người phụ trách", "Bộ phận phối hợp", "Thời gian", "Ghi chú"], [0.05, 0.33, 0.2, 0.18, 0.13, 0.11])],
 "items": [
  SK("A", "CÔNG TÁC CHUẨN BỊ",
    T102("1", "Xây dựng kịch bản chương trình khai mạc", "Đ/c Nguyễn Thị Hoa, Phó Chủ tịch UBND xã", "Công chức Văn hóa - Xã hội", "Trước ngày 20/7/2030", ""),
    T102("2", "Trang trí khánh tiết, cổng chào, pa nô, áp phích", "Đ/c Trần Văn Bình, Bí thư Đoàn xã", "Đoàn Thanh niên; Hội Cựu chiến binh xã", "Từ ngày 01/8 đến ngày 08/8/2030", "Bảo đảm mỹ quan"),
    T102("3", "Bảo đảm an ninh trật tự, phòng chống cháy nổ", "Đ/c Lê Văn Cường, Trưởng Công an xã", "Ban Chỉ huy Quân sự xã; lực lượng dân quân", "Trong thời gian diễn ra lễ hội", ""), kind="part"),
  SK("B", "CÁC HOẠT ĐỘNG CHÍNH",
    T102("4", "Lễ rước và dâng hương tại đình làng", "Đ/c Phạm Văn Dũng, Trưởng Ban quản lý di tích", "Các dòng họ; Hội Người cao tuổi", "Sáng ngày 10/8/2030", ""),
    T102("5", "Giải bóng chuyền, kéo co, đẩy gậy giữa các thôn", "Đ/c Trần Văn Bình, Bí thư Đoàn xã", "Trưởng các thôn", "Ngày 10 - 11/8/2030", "Trao giải bế mạc"),
    T102("6", "Hội chợ nông sản, sản phẩm OCOP của xã", "Đ/c Hoàng Thị Lan, Chủ tịch Hội Nông dân xã", "Hợp tác xã Nông nghiệp; các hộ kinh doanh", "Từ ngày 09/8 đến ngày 12/8/2030", "30 gian hàng"), kind="part")]}

T103 = tasker("content", "lead", "coordinating", "timeframe", "deliverable")
P103 = {"schema": "annex/v1", "appendix": "", "title": "PHÂN CÔNG NHIỆM VỤ CẢI THIỆN CHỈ SỐ HÀI LÒNG CỦA NGƯỜI DÂN NĂM 2030",
 "subtitle": "(Kèm theo Kế hoạch số 95/KH-UBND ngày 12/3/2030 của UBND huyện)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "deliverable"),
   ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm"], [0.05, 0.34, 0.17, 0.17, 0.12, 0.15])],
 "items": [
  SK("I", "NÂNG CAO CHẤT LƯỢNG GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH",
    T103("1", "Chỉ đạo giải quyết hồ sơ quá hạn tại Bộ phận Một cửa", "Chủ tịch UBND huyện", "Văn phòng HĐND và UBND huyện", "Hằng tháng", "Thông báo kết luận"),
    T103("2", "Công khai xin lỗi người dân khi giải quyết hồ sơ trễ hẹn", "Thủ trưởng các cơ quan, đơn vị", "", "Thường xuyên", "Thư xin lỗi"),
    T103("3", "Tiếp công dân định kỳ của người đứng đầu", "Chủ tịch UBND các xã, thị trấn", "Ban Tiếp công dân huyện", "Ngày 15 hằng tháng", "Sổ tiếp công dân")),
  SK("II", "ĐO LƯỜNG SỰ HÀI LÒNG",
    T103("1", "Khảo sát trực tuyến sự hài lòng qua mã QR tại Bộ phận Một cửa", "Phó Chủ tịch UBND huyện phụ trách khối nội chính", "Phòng Nội vụ; Trung tâm Văn hóa, Thông tin và Thể thao", "Quý II và quý IV/2030", "Báo cáo kết quả khảo sát"),
    T103("2", "Đối thoại với doanh nghiệp, hộ kinh doanh về thủ tục đất đai", "Phó Chủ tịch UBND huyện phụ trách khối kinh tế", "Phòng Tài nguyên và Môi trường; Chi nhánh Văn phòng đăng ký đất đai", "Tháng 6/2030", "Biên bản hội nghị đối thoại"))]}

T104 = tasker("content", "lead", "timeframe", "deliverable", "note")
P104 = {"schema": "annex/v1", "appendix": "02", "title": "KẾ HOẠCH THỰC HIỆN NHIỆM VỤ NĂM HỌC 2030 - 2031",
 "subtitle": "(Kèm theo Kế hoạch số 07/KH-THCS ngày 05/9/2030 của Trường THCS Hòa Bình)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "timeframe", "deliverable", "note"),
   ["TT", "Nội dung công việc", "Người thực hiện", "Thời gian", "Kết quả cần đạt", "Ghi chú"], [0.05, 0.33, 0.18, 0.13, 0.2, 0.11])],
 "items": [
  SK("I", "CÔNG TÁC CHUYÊN MÔN",
    T104("1", "Xây dựng kế hoạch giáo dục nhà trường, kế hoạch dạy học các môn", "Hiệu trưởng; Phó Hiệu trưởng", "Tuần 1 tháng 9/2030", "Kế hoạch được phê duyệt", ""),
    T104("2", "Tổ chức sinh hoạt chuyên môn theo nghiên cứu bài học", "Tổ trưởng chuyên môn", "02 lần/tháng", "100% giáo viên tham gia", "Mỗi tổ 01 chuyên đề/học kỳ"),
    T104("3", "Bồi dưỡng học sinh giỏi, phụ đạo học sinh yếu", "Giáo viên bộ môn", "Từ tháng 10/2030", "Giảm tỷ lệ học sinh yếu dưới 3%", "")),
  SK("II", "CÔNG TÁC GIÁO DỤC TOÀN DIỆN",
    T104("1", "Tổ chức hoạt động trải nghiệm, hướng nghiệp", "Tổng phụ trách Đội; giáo viên chủ nhiệm", "Theo chủ điểm hằng tháng", "Mỗi lớp 01 hoạt động/tháng", ""),
    T104("2", "Phối hợp với cha mẹ học sinh quản lý học sinh", "Giáo viên chủ nhiệm", "Thường xuyên", "Không có học sinh vi phạm nghiêm trọng", "Qua nhóm Zalo lớp"),
    T104("3", "Sơ kết học kỳ I, tổng kết năm học", "Hiệu trưởng", "Tháng 01/2031; tháng 5/2031", "Báo cáo sơ kết, tổng kết", ""))]}


T105 = tasker("content", "lead", "coordinating", "deliverable", "timeframe", "funding")
P105 = {"schema": "annex/v1", "appendix": "01", "title": "NHIỆM VỤ, GIẢI PHÁP PHÒNG, CHỐNG THIÊN TAI VÀ THÍCH ỨNG VỚI BIẾN ĐỔI KHÍ HẬU GIAI ĐOẠN 2027 - 2030",
 "subtitle": "(Ban hành kèm theo Kế hoạch số 118/KH-UBND ngày 20/01/2027 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "deliverable", "timeframe", "funding"),
   ["STT", "Nhiệm vụ, giải pháp", "Cơ quan chủ trì", "Cơ quan phối hợp", "Kết quả/Sản phẩm", "Thời hạn hoàn thành", "Nguồn kinh phí"], [0.05, 0.29, 0.14, 0.16, 0.14, 0.11, 0.11])],
 "items": [
  SK("I", "NÂNG CAO NĂNG LỰC DỰ BÁO, CẢNH BÁO VÀ ỨNG PHÓ",
    T105("1", "Lắp đặt bổ sung trạm đo mưa tự động tại các xã thường xuyên bị sạt lở đất, lũ quét", "Sở Nông nghiệp và Môi trường", "Đài Khí tượng Thủy văn tỉnh; UBND các huyện miền núi", "25 trạm đo mưa được lắp đặt", "Năm 2028", "Ngân sách tỉnh; nguồn vốn ODA"),
    T105("2", "Xây dựng bản đồ cảnh báo nguy cơ ngập lụt hạ du các hồ chứa, tỷ lệ 1:10.000", "Sở Nông nghiệp và Môi trường", "Công ty TNHH MTV Khai thác công trình thủy lợi tỉnh; UBND các huyện có hồ chứa", "Bộ bản đồ được công bố", "Quý IV/2028", "Ngân sách tỉnh"),
    T105("3", "Diễn tập ứng phó thiên tai và tìm kiếm cứu nạn cấp huyện, cấp xã", "Bộ Chỉ huy Quân sự tỉnh", "Ban Chỉ huy Phòng thủ dân sự các huyện, thị xã, thành phố", "Mỗi năm ít nhất 02 cuộc diễn tập", "Trước mùa mưa bão hằng năm", "Ngân sách tỉnh; ngân sách huyện",
      subs=(T105("a", "Diễn tập ứng phó lũ, ngập lụt vùng hạ du", "Ban Chỉ huy Phòng thủ dân sự huyện", "Các xã vùng hạ du", "Kịch bản, báo cáo diễn tập", "Tháng 8 hằng năm", "Ngân sách huyện"),
            T105("b", "Diễn tập ứng phó sạt lở đất, lũ quét vùng núi", "Ban Chỉ huy Phòng thủ dân sự huyện", "Đồn Biên phòng trên địa bàn", "Kịch bản, báo cáo diễn tập", "Tháng 6 hằng năm", "Ngân sách huyện")))),
  SK("II", "CÔNG TRÌNH PHÒNG, CHỐNG THIÊN TAI",
    T105("1", "Nâng cấp, sửa chữa các hồ chứa nước xung yếu, đảm bảo an toàn đập trong mùa mưa lũ", "Sở Nông nghiệp và Môi trường", "Sở Tài chính; Sở Xây dựng", "12 hồ chứa được nâng cấp", "2027 - 2030", "Ngân sách trung ương; ngân sách tỉnh"),
    T105("2", "Xây dựng kè chống sạt lở bờ sông, bờ biển tại các điểm sạt lở đặc biệt nguy hiểm", "UBND các huyện, thị xã ven sông, ven biển", "Sở Nông nghiệp và Môi trường; Sở Tài chính", "Các tuyến kè được đầu tư", "2027 - 2030", "Nguồn dự phòng ngân sách trung ương"),
    T105("3", "Di dời, bố trí ổn định dân cư ra khỏi vùng có nguy cơ sạt lở cao", "UBND các huyện miền núi", "Sở Nông nghiệp và Môi trường; Mặt trận Tổ quốc Việt Nam tỉnh", "1.200 hộ dân được di dời", "Năm 2030", "Ngân sách trung ương; ngân sách tỉnh; xã hội hóa")),
  SK("III", "TRUYỀN THÔNG, NÂNG CAO NHẬN THỨC CỘNG ĐỒNG",
    T105("1", "Tuyên truyền kiến thức phòng, chống thiên tai trên Báo, Đài Phát thanh và Truyền hình tỉnh", "Sở Văn hóa, Thể thao và Du lịch", "Báo và Phát thanh, Truyền hình tỉnh", "Chuyên trang, chuyên mục định kỳ", "Hằng quý", "Ngân sách tỉnh"),
    T105("2", "Đưa nội dung phòng, chống thiên tai vào hoạt động ngoại khóa trong trường học", "Sở Giáo dục và Đào tạo", "Tỉnh đoàn; UBND cấp huyện", "100% trường phổ thông tổ chức ngoại khóa", "Năm học 2027 - 2028 trở đi", "Nguồn chi thường xuyên của ngành giáo dục"))]}

T106 = tasker("content", "lead", "coordinating", "deliverable", "timeframe", "note")
P106 = {"schema": "annex/v1", "appendix": "", "title": "DANH MỤC NHIỆM VỤ XÂY DỰNG VĂN BẢN QUY PHẠM PHÁP LUẬT NĂM 2027 CỦA BỘ",
 "subtitle": "(Kèm theo Quyết định số 215/QĐ-BXD ngày 10/02/2027 của Bộ trưởng)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "deliverable", "timeframe", "note"),
   ["STT", "Tên nhiệm vụ", "Đơn vị chủ trì soạn thảo", "Đơn vị phối hợp", "Hình thức văn bản", "Thời gian trình", "Ghi chú"], [0.05, 0.32, 0.15, 0.15, 0.12, 0.11, 0.10])],
 "items": [
  SK("I", "VĂN BẢN TRÌNH CHÍNH PHỦ, THỦ TƯỚNG CHÍNH PHỦ",
    T106("1.1", "Nghị định sửa đổi, bổ sung một số điều của Nghị định quy định chi tiết về quản lý chi phí đầu tư xây dựng", "Cục Kinh tế - Quản lý hoạt động xây dựng", "Vụ Pháp chế; Văn phòng Bộ", "Nghị định", "Tháng 6/2027", ""),
    T106("1.2", "Quyết định của Thủ tướng Chính phủ phê duyệt Chiến lược phát triển vật liệu xây dựng", "Vụ Vật liệu xây dựng", "Các Cục, Vụ có liên quan", "Quyết định", "Quý III/2027", "Chuyển tiếp từ năm 2026")),
  SK("II", "VĂN BẢN THUỘC THẨM QUYỀN BAN HÀNH CỦA BỘ TRƯỞNG",
    T106("2.1", "Thông tư hướng dẫn phương pháp xác định chỉ số giá xây dựng", "Viện Kinh tế xây dựng", "Cục Kinh tế - Quản lý hoạt động xây dựng", "Thông tư", "Tháng 9/2027", ""),
    T106("2.2", "Thông tư ban hành Quy chuẩn kỹ thuật quốc gia về an toàn cháy cho nhà và công trình", "Vụ Khoa học công nghệ và Môi trường", "Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ (Bộ Công an)", "Thông tư", "Quý IV/2027", "Lấy ý kiến rộng rãi"),
    T106("2.3", "Thông tư sửa đổi Thông tư hướng dẫn về phân cấp công trình xây dựng", "Cục Giám định nhà nước về chất lượng công trình xây dựng", "Vụ Pháp chế", "Thông tư", "Tháng 11/2027", ""),
    T106("2.4", "Thông tư bãi bỏ một số văn bản quy phạm pháp luật do Bộ trưởng ban hành", "Vụ Pháp chế", "Các đơn vị thuộc Bộ", "Thông tư", "Tháng 12/2027", "Theo kết quả rà soát"))]}
T107 = tasker("content", "lead", "coordinating", "timeframe", "deliverable", "funding")
P107 = {"schema": "annex/v1", "appendix": "01", "title": "NHIỆM VỤ PHÁT TRIỂN VĂN HÓA ĐỌC TRONG CỘNG ĐỒNG GIAI ĐOẠN 2028 - 2030",
 "subtitle": "(Kèm theo Kế hoạch số 64/KH-SVHTTDL ngày 15/02/2028 của Sở Văn hóa, Thể thao và Du lịch)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "deliverable", "funding"),
   ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện", "Sản phẩm", "Kinh phí (triệu đồng)"], [0.05, 0.30, 0.15, 0.16, 0.11, 0.13, 0.10])],
 "items": [
  SK("I", "NÂNG CAO NHẬN THỨC VỀ VĂN HÓA ĐỌC",
    T107("1", "Tổ chức Ngày Sách và Văn hóa đọc Việt Nam (21/4) với các hoạt động trưng bày, giới thiệu sách", "Thư viện tỉnh", "Sở Giáo dục và Đào tạo; Tỉnh đoàn", "Tháng 4 hằng năm", "Chương trình, báo cáo kết quả", "150"),
    T107("2", "Xây dựng chuyên mục giới thiệu sách hay trên Báo và Phát thanh, Truyền hình tỉnh", "Báo và Phát thanh, Truyền hình tỉnh", "Thư viện tỉnh; Hội Nhà văn tỉnh", "Định kỳ hằng tháng", "12 chuyên mục/năm", "96"),
    T107("3", "Phát động cuộc thi Đại sứ Văn hóa đọc cấp tỉnh (dành cho học sinh, sinh viên)", "Sở Giáo dục và Đào tạo", "Thư viện tỉnh; các trường đại học, cao đẳng trên địa bàn", "Từ tháng 3 đến tháng 6 hằng năm", "Quyết định khen thưởng", "200")),
  SK("II", "PHÁT TRIỂN HỆ THỐNG THƯ VIỆN",
    T107("1", "Nâng cấp Thư viện tỉnh theo hướng thư viện số, kết nối liên thông với các thư viện công cộng", "Thư viện tỉnh", "Sở Khoa học và Công nghệ; Sở Tài chính", "2028 - 2029", "Thư viện số đưa vào sử dụng", "3.500"),
    T107("2", "Hỗ trợ xây dựng tủ sách cộng đồng tại nhà văn hóa thôn, bản vùng đồng bào dân tộc thiểu số", "UBND các huyện, thị xã, thành phố", "Thư viện tỉnh; Ban Dân tộc tỉnh", "2028 - 2030", "150 tủ sách", "750"),
    T107("3", "Luân chuyển sách, báo đến thư viện trường học, điểm bưu điện văn hóa xã", "Thư viện tỉnh", "Bưu điện tỉnh; Phòng Giáo dục và Đào tạo các huyện", "Hằng quý", "20.000 lượt sách luân chuyển/năm", "")),
  SK("III", "BỒI DƯỠNG NGUỒN NHÂN LỰC",
    T107("1", "Tập huấn nghiệp vụ thư viện cho cán bộ văn hóa - xã hội cấp xã", "Sở Văn hóa, Thể thao và Du lịch", "Thư viện tỉnh", "Quý III/2028", "02 lớp, 120 học viên", "80"))]}

T108 = tasker("content", "lead", "coordinating", "extra:Cấp trình", "timeframe")
P108 = {"schema": "annex/v1", "appendix": "II", "title": "DANH MỤC ĐỀ ÁN, NHIỆM VỤ TRÌNH TỈNH ỦY, BAN THƯỜNG VỤ TỈNH ỦY NĂM 2028",
 "subtitle": "(Kèm theo Chương trình số 12-CTr/TU ngày 05/01/2028 của Tỉnh ủy)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "extra", "timeframe"),
   ["STT", "Tên đề án, nhiệm vụ", "Cơ quan chủ trì tham mưu", "Cơ quan phối hợp", "Cấp trình", "Thời gian trình"], [0.06, 0.36, 0.18, 0.18, 0.11, 0.11])],
 "items": [
  SK("I", "ĐỀ ÁN TRÌNH BAN CHẤP HÀNH ĐẢNG BỘ TỈNH",
    T108("1", "Nghị quyết về phát triển kinh tế biển gắn với bảo đảm quốc phòng, an ninh đến năm 2035", "Đảng ủy UBND tỉnh", "Ban Chính sách, chiến lược Tỉnh ủy; Đảng ủy Quân sự tỉnh", "Ban Chấp hành", "Tháng 6/2028"),
    T108("2", "Báo cáo kiểm điểm giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ tỉnh", "Văn phòng Tỉnh ủy", "Các ban xây dựng Đảng Tỉnh ủy; Đảng ủy UBND tỉnh", "Ban Chấp hành", "Tháng 7/2028")),
  SK("II", "ĐỀ ÁN, NHIỆM VỤ TRÌNH BAN THƯỜNG VỤ TỈNH ỦY",
    T108("1", "Đề án nâng cao chất lượng tổ chức cơ sở đảng và đảng viên trong doanh nghiệp ngoài khu vực nhà nước", "Ban Tổ chức Tỉnh ủy", "Đảng ủy các cơ quan Đảng tỉnh; Liên đoàn Lao động tỉnh", "Ban Thường vụ", "Quý II/2028"),
    T108("2", "Quy định về trách nhiệm của người đứng đầu trong tiếp công dân, đối thoại trực tiếp với Nhân dân", "Ủy ban Kiểm tra Tỉnh ủy", "Ban Nội chính Tỉnh ủy; Thanh tra tỉnh", "Ban Thường vụ", "Quý III/2028"),
    T108("3", "Kết luận về công tác bảo vệ, chăm sóc sức khỏe Nhân dân", "Đảng ủy UBND tỉnh", "Ban Tuyên giáo và Dân vận Tỉnh ủy; Sở Y tế", "Ban Thường vụ", "Tháng 9/2028"),
    T108("4", "Báo cáo tổng kết công tác xây dựng Đảng năm 2028, phương hướng nhiệm vụ năm 2029", "Văn phòng Tỉnh ủy", "Các cơ quan tham mưu, giúp việc Tỉnh ủy", "Ban Thường vụ", "Tháng 12/2028"))]}
T109 = tasker("content", "lead", "coordinating", "timeframe", "extra:Chỉ số đánh giá", "note")
P109 = {"schema": "annex/v1", "appendix": "", "title": "KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG BỆNH VIỆN NĂM 2029",
 "subtitle": "(Ban hành kèm theo Quyết định số 88/QĐ-BVĐK ngày 08/01/2029 của Giám đốc Bệnh viện)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "extra", "note"),
   ["TT", "Nội dung hoạt động", "Khoa/phòng chủ trì", "Khoa/phòng phối hợp", "Thời gian", "Chỉ số đánh giá", "Ghi chú"], [0.05, 0.30, 0.15, 0.16, 0.11, 0.15, 0.08])],
 "items": [
  SK("I", "AN TOÀN NGƯỜI BỆNH",
    T109("1", "Triển khai bảng kiểm an toàn phẫu thuật tại tất cả phòng mổ", "Khoa Gây mê hồi sức", "Phòng Quản lý chất lượng; các khoa ngoại", "Từ tháng 01/2029", "100% ca phẫu thuật có bảng kiểm", ""),
    T109("2", "Giám sát tuân thủ vệ sinh tay của nhân viên y tế", "Khoa Kiểm soát nhiễm khuẩn", "Phòng Điều dưỡng", "Hằng tháng", "Tỷ lệ tuân thủ đạt trên 85%", ""),
    T109("3", "Báo cáo, phân tích sự cố y khoa không mong muốn", "Phòng Quản lý chất lượng", "Các khoa lâm sàng, cận lâm sàng", "Hằng quý", "Báo cáo phân tích nguyên nhân gốc", "Theo Thông tư 43/2018/TT-BYT")),
  SK("II", "NÂNG CAO SỰ HÀI LÒNG CỦA NGƯỜI BỆNH",
    T109("1", "Rút ngắn thời gian chờ khám bằng đặt lịch hẹn trực tuyến", "Khoa Khám bệnh", "Phòng Công nghệ thông tin; Phòng Kế hoạch tổng hợp", "Quý I/2029", "Thời gian chờ trung bình dưới 60 phút", ""),
    T109("2", "Khảo sát sự hài lòng người bệnh nội trú và ngoại trú", "Phòng Quản lý chất lượng", "Phòng Công tác xã hội", "Quý II và quý IV/2029", "Tỷ lệ hài lòng đạt trên 90%", "Theo mẫu của Bộ Y tế"),
    T109("3", "Cải tạo khu vệ sinh, nhà chờ cho người nhà người bệnh", "Phòng Hành chính quản trị", "Phòng Tài chính kế toán", "Tháng 6/2029", "02 khu vệ sinh được cải tạo", ""))]}

T110 = tasker("content", "lead", "coordinating", "extra:Địa bàn", "timeframe")
P110 = {"schema": "annex/v1", "appendix": "01", "title": "PHÂN CÔNG NHIỆM VỤ RA QUÂN LẬP LẠI TRẬT TỰ ĐÔ THỊ NĂM 2029",
 "subtitle": "(Kèm theo Kế hoạch số 21/KH-UBND ngày 20/02/2029 của Ủy ban nhân dân phường)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "extra", "timeframe"),
   ["STT", "Nội dung", "Lực lượng chủ trì", "Lực lượng phối hợp", "Địa bàn", "Thời gian"], [0.06, 0.33, 0.16, 0.17, 0.14, 0.14])],
 "items": [
  SK("I", "LẬP LẠI TRẬT TỰ VỈA HÈ, LÒNG ĐƯỜNG",
    T110("1", "Xử lý tình trạng lấn chiếm vỉa hè để kinh doanh, buôn bán", "Đội Quản lý trật tự đô thị phường", "Công an phường; Tổ dân phố", "Các tuyến đường chính", "Từ ngày 01/3/2029"),
    T110("2", "Tháo dỡ biển quảng cáo, mái che, mái vẩy vi phạm (sau khi đã thông báo)", "Đội Quản lý trật tự đô thị phường", "Công an phường; Ban Chỉ huy Quân sự phường", "Tuyến đường Trần Phú, Lê Lợi", "Tháng 3/2029"),
    T110("3", "Xử lý phương tiện dừng, đỗ sai quy định", "Công an phường", "Đội Cảnh sát giao thông (Công an thành phố)", "Khu vực chợ, trường học", "Hằng tuần")),
  SK("II", "VỆ SINH MÔI TRƯỜNG, MỸ QUAN ĐÔ THỊ",
    T110("4", "Ra quân tổng vệ sinh khu dân cư", "Ủy ban Mặt trận Tổ quốc Việt Nam phường", "Đoàn Thanh niên; Hội Liên hiệp Phụ nữ phường", "Các tổ dân phố", "Sáng Chủ nhật cuối tháng"),
    T110("5", "Xóa quảng cáo rao vặt trên tường, cột điện", "Đoàn Thanh niên phường", "Công ty Điện lực; Tổ dân phố", "Toàn phường", "Quý I/2029"),
    T110("6", "Kiểm tra, xử lý đổ rác thải, phế thải xây dựng không đúng nơi quy định", "Đội Quản lý trật tự đô thị phường", "Công ty cổ phần Môi trường đô thị", "Các điểm tập kết rác", "Thường xuyên"))]}
T111 = tasker("content", "lead", "coordinating", "deliverable", "timeframe")
P111 = {"schema": "annex/v1", "appendix": "II", "title": "NHIỆM VỤ PHÒNG, CHỐNG HẠN HÁN, THIẾU NƯỚC, XÂM NHẬP MẶN MÙA KHÔ NĂM 2030 - 2031",
 "subtitle": "(Ban hành kèm theo Quyết định số 2145/QĐ-UBND ngày 15/10/2030 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "deliverable", "timeframe"),
   ["STT", "Nhiệm vụ, giải pháp", "Cơ quan chủ trì", "Cơ quan phối hợp", "Kết quả dự kiến", "Thời hạn hoàn thành"], [0.05, 0.32, 0.15, 0.18, 0.16, 0.14])],
 "items": [
  SK("A", "NHIỆM VỤ TRƯỚC MÙA KHÔ",
    SK("I", "Theo dõi, dự báo và cảnh báo",
      T111("1", "Quan trắc độ mặn tại các cửa sông, cống đầu mối và trạm bơm; cập nhật bản tin hằng ngày", "Sở Nông nghiệp và Môi trường", "Đài Khí tượng thủy văn tỉnh; Công ty TNHH MTV Khai thác công trình thủy lợi", "Bản tin độ mặn", "Từ tháng 11/2030 đến tháng 5/2031"),
      T111("2", "Xây dựng bản đồ phân vùng nguy cơ thiếu nước sinh hoạt", "Trung tâm Nước sạch và Vệ sinh môi trường nông thôn", "UBND các huyện, thị xã", "Bản đồ phân vùng", "Tháng 11/2030")),
    SK("II", "Chuẩn bị công trình, vật tư",
      T111("3", "Nạo vét kênh mương, gia cố đê bao, lắp đặt cống tạm ngăn mặn", "UBND các huyện, thị xã", "Sở Tài chính; Công ty TNHH MTV Khai thác công trình thủy lợi", "Công trình hoàn thành trước mùa khô", "Trước ngày 30/11/2030",
        subs=(T111("a)", "Nạo vét 120 km kênh nội đồng", "UBND các huyện", "Hợp tác xã nông nghiệp", "120 km kênh", "Tháng 11/2030"),
              T111("b)", "Lắp đặt 35 cống tạm, đập thời vụ", "Công ty TNHH MTV Khai thác công trình thủy lợi", "UBND các xã ven biển", "35 cống tạm", "Trước ngày 30/11/2030"))),
      T111("4", "Dự trữ máy bơm, bồn chứa, túi trữ nước ngọt phục vụ người dân vùng sâu, vùng xa", "Ban Chỉ huy Phòng thủ dân sự tỉnh", "Hội Chữ thập đỏ tỉnh; Bộ Chỉ huy Quân sự tỉnh", "Danh mục vật tư dự trữ", "Tháng 12/2030")), kind="part"),
  SK("B", "NHIỆM VỤ TRONG MÙA KHÔ",
    SK("III", "Bảo đảm nước sinh hoạt và sản xuất",
      T111("5", "Vận hành hệ thống cống theo lịch, lấy nước ngọt khi độ mặn dưới 1‰", "Công ty TNHH MTV Khai thác công trình thủy lợi", "UBND các huyện, thị xã", "Lịch vận hành cống", "Thường xuyên trong mùa khô"),
      T111("6", "Cấp nước miễn phí bằng xe bồn cho hộ thiếu nước sinh hoạt", "UBND các huyện, thị xã", "Bộ Chỉ huy Quân sự tỉnh; Công an tỉnh; Đoàn Thanh niên", "Số hộ được cấp nước", "Khi có thiếu nước"),
      T111("7", "Chuyển đổi cơ cấu cây trồng, lịch thời vụ né mặn", "Sở Nông nghiệp và Môi trường", "Hội Nông dân tỉnh; UBND các xã", "Kế hoạch xuống giống", "Vụ Đông Xuân 2030 - 2031")),
    SK("IV", "Thông tin, tuyên truyền",
      T111("8", "Thông tin kịp thời tình hình hạn, mặn trên Báo, Đài và mạng xã hội", "Sở Văn hóa, Thể thao và Du lịch", "Báo và Phát thanh, Truyền hình tỉnh", "Tin, bài, phóng sự", "Hằng tuần"),
      T111("9", "Tổng hợp thiệt hại, báo cáo Ủy ban nhân dân tỉnh", "Văn phòng Ban Chỉ huy Phòng thủ dân sự tỉnh", "Các sở, ngành; UBND các huyện, thị xã", "Báo cáo định kỳ, đột xuất", "Định kỳ ngày 25 hằng tháng")), kind="part")]}

T112 = tasker("content", "timeframe", "lead", "coordinating", "note")
P112 = {"schema": "annex/v1", "appendix": "", "title": "KẾ HOẠCH TỰ ĐÁNH GIÁ CHẤT LƯỢNG CHƯƠNG TRÌNH ĐÀO TẠO NĂM HỌC 2030 - 2031",
 "subtitle": "(Kèm theo Quyết định số 512/QĐ-ĐHKT ngày 02/9/2030 của Hiệu trưởng Trường Đại học Kinh tế)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "timeframe", "lead", "coordinating", "note"),
   ["STT", "Nội dung công việc", "Thời gian thực hiện", "Đơn vị thực hiện", "Đơn vị phối hợp", "Ghi chú"], [0.06, 0.34, 0.14, 0.17, 0.17, 0.12])],
 "items": [
  SK("I", "CHUẨN BỊ TỰ ĐÁNH GIÁ",
    T112("1.1", "Thành lập Hội đồng tự đánh giá, Ban thư ký và các nhóm công tác chuyên trách", "Tháng 9/2030", "Phòng Tổ chức - Hành chính", "Phòng Đảm bảo chất lượng", ""),
    T112("1.2", "Tập huấn hướng dẫn viết báo cáo tự đánh giá theo bộ tiêu chuẩn mới", "Tháng 10/2030", "Phòng Đảm bảo chất lượng", "Trung tâm Khảo thí và Kiểm định chất lượng", "Mời chuyên gia"),
    T112("1.3", "Phân công thu thập minh chứng theo từng tiêu chí", "Tháng 10/2030", "Ban thư ký Hội đồng tự đánh giá", "Các khoa chuyên môn", "")),
  SK("II", "TRIỂN KHAI TỰ ĐÁNH GIÁ",
    T112("2.1", "Thu thập, mã hóa minh chứng; lấy ý kiến người học, cựu người học và nhà tuyển dụng", "Từ tháng 11/2030 đến tháng 01/2031", "Các nhóm công tác chuyên trách", "Phòng Công tác sinh viên; Trung tâm Thông tin - Thư viện", "Khảo sát trực tuyến"),
    T112("2.2", "Viết báo cáo tự đánh giá", "Tháng 02 - 3/2031", "Các nhóm công tác chuyên trách", "Ban thư ký Hội đồng tự đánh giá", ""),
    T112("2.3", "Hội thảo góp ý dự thảo báo cáo tự đánh giá", "Tháng 4/2031", "Hội đồng tự đánh giá", "Các khoa; các phòng chức năng", "")),
  SK("III", "HOÀN THIỆN VÀ ĐĂNG KÝ ĐÁNH GIÁ NGOÀI",
    T112("3.1", "Hoàn thiện báo cáo, công bố công khai trên cổng thông tin điện tử của Trường", "Tháng 5/2031", "Phòng Đảm bảo chất lượng", "Trung tâm Thông tin - Thư viện", "Công bố ít nhất 30 ngày"),
    T112("3.2", "Đăng ký đánh giá ngoài với tổ chức kiểm định", "Tháng 6/2031", "Ban Giám hiệu", "Phòng Đảm bảo chất lượng; Phòng Kế hoạch - Tài chính", ""))]}
T113 = tasker("content", "lead", "coordinating", "timeframe", "deliverable")
P113 = {"schema": "annex/v1", "appendix": "", "title": "KẾ HOẠCH HÀNH ĐỘNG PHÁT TRIỂN THƯƠNG MẠI ĐIỆN TỬ GIAI ĐOẠN 2031 - 2035",
 "subtitle": "(Ban hành kèm theo Quyết định số 1876/QĐ-BCT ngày 12/3/2031 của Bộ trưởng Bộ Công Thương)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "deliverable"),
   ["TT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn", "Sản phẩm"], [0.05, 0.33, 0.17, 0.18, 0.11, 0.16])],
 "items": [
  SK("I", "HOÀN THIỆN THỂ CHẾ, CHÍNH SÁCH",
    SK("I.1", "Xây dựng văn bản quy phạm pháp luật",
      T113("1", "Xây dựng Nghị định sửa đổi, bổ sung Nghị định về thương mại điện tử", "Cục Thương mại điện tử và Kinh tế số", "Vụ Pháp chế; Bộ Tư pháp; Bộ Tài chính", "Quý IV/2031", "Nghị định của Chính phủ"),
      T113("2", "Ban hành Thông tư hướng dẫn quản lý hoạt động bán hàng qua livestream", "Cục Thương mại điện tử và Kinh tế số", "Vụ Pháp chế; Ủy ban Cạnh tranh Quốc gia", "Năm 2032", "Thông tư của Bộ trưởng"), kind="subsection"),
    SK("I.2", "Rà soát, đánh giá thực thi",
      T113("3", "Đánh giá tình hình thực thi pháp luật về thương mại điện tử, đề xuất sửa đổi", "Vụ Pháp chế", "Các Sở Công Thương; Hiệp hội Thương mại điện tử Việt Nam", "Hằng năm", "Báo cáo đánh giá"), kind="subsection")),
  SK("II", "PHÁT TRIỂN HẠ TẦNG VÀ NGUỒN NHÂN LỰC",
    SK("II.1", "Hạ tầng thanh toán, logistics",
      T113("4", "Xây dựng nền tảng kết nối dữ liệu giao vận phục vụ thương mại điện tử", "Trung tâm Phát triển thương mại điện tử", "Bộ Khoa học và Công nghệ; các doanh nghiệp bưu chính", "2031 - 2033", "Nền tảng được vận hành"),
      T113("5", "Thúc đẩy thanh toán không dùng tiền mặt trong mua sắm trực tuyến", "Ngân hàng Nhà nước Việt Nam", "Cục Thương mại điện tử và Kinh tế số", "Thường xuyên", ""), kind="subsection"),
    SK("II.2", "Đào tạo nguồn nhân lực",
      T113("6", "Tổ chức tập huấn kỹ năng kinh doanh trực tuyến cho hợp tác xã, hộ kinh doanh", "Các Sở Công Thương", "Trung tâm Phát triển thương mại điện tử; Liên minh Hợp tác xã Việt Nam", "Hằng năm", "Lớp tập huấn"),
      T113("7", "Biên soạn chương trình đào tạo thương mại điện tử trình độ cao đẳng", "Vụ Tổ chức cán bộ", "Các trường cao đẳng thuộc Bộ", "Năm 2033", "Chương trình đào tạo"), kind="subsection"))]}

T114 = tasker("content", "extra:Chỉ tiêu", "lead", "coordinating", "timeframe", "funding")
P114 = {"schema": "annex/v1", "appendix": "03", "title": "DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ CẤP XÃ NĂM 2031",
 "subtitle": "(Kèm theo Kế hoạch số 45/KH-UBND ngày 20/01/2031 của Ủy ban nhân dân xã Tân Phú)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "extra", "lead", "coordinating", "timeframe", "funding"),
   ["STT", "Nhiệm vụ", "Chỉ tiêu", "Chủ trì", "Phối hợp", "Thời gian", "Kinh phí"], [0.05, 0.29, 0.14, 0.13, 0.15, 0.11, 0.13])],
 "items": [
  SK("I", "CHÍNH QUYỀN SỐ",
    T114("1.1", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực", "100% hồ sơ", "Bộ phận Một cửa xã", "Công chức Tư pháp - Hộ tịch", "Quý II/2031", "Ngân sách xã"),
    T114("1.2", "Sử dụng chữ ký số cá nhân trong xử lý văn bản điện tử", "100% cán bộ, công chức", "Văn phòng HĐND và UBND xã", "Viettel Bình Định", "Quý I/2031", "Không"),
    T114("1.3", "Cập nhật dữ liệu dân cư, đất đai lên hệ thống dùng chung của tỉnh", "Dữ liệu đúng, đủ, sạch, sống", "Công an xã", "Công chức Địa chính - Xây dựng", "Thường xuyên", ""), kind="section"),
  SK("II", "KINH TẾ SỐ VÀ XÃ HỘI SỐ",
    T114("2.1", "Đưa sản phẩm OCOP của xã lên sàn thương mại điện tử", "05 sản phẩm", "Hợp tác xã Nông nghiệp Tân Phú", "Hội Nông dân xã; Đoàn Thanh niên", "Năm 2031", "Xã hội hóa"),
    T114("2.2", "Thành lập, duy trì Tổ công nghệ số cộng đồng tại các thôn", "08 tổ", "Đoàn Thanh niên xã", "Trưởng thôn", "Quý I/2031", "Ngân sách tỉnh hỗ trợ"),
    T114("2.3", "Hướng dẫn người dân cài đặt, sử dụng ứng dụng định danh điện tử", "Trên 80% dân số trưởng thành", "Công an xã", "Tổ công nghệ số cộng đồng", "Quý II/2031", ""), kind="section")]}
T115 = tasker("content", "lead", "coordinating", "timeframe", "deliverable")
P115 = {"schema": "annex/v1", "appendix": "IV", "title": "CHƯƠNG TRÌNH HÀNH ĐỘNG THỰC HIỆN NGHỊ QUYẾT VỀ ĐỘT PHÁ PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO NĂM 2031",
 "subtitle": "(Ban hành kèm theo Quyết định số 318/QĐ-UBND ngày 09/02/2031 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "deliverable"),
   ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Hình thức văn bản"], [0.05, 0.35, 0.15, 0.19, 0.12, 0.14])],
 "items": [
  SK("I", "Hoàn thiện cơ chế, chính sách",
    T115("1", "Xây dựng Nghị quyết của Hội đồng nhân dân tỉnh quy định chính sách hỗ trợ doanh nghiệp đổi mới công nghệ, trong đó: (1) hỗ trợ chi phí chuyển giao công nghệ; (2) hỗ trợ đăng ký bảo hộ sở hữu trí tuệ; (3) hỗ trợ thuê chuyên gia", "Sở Khoa học và Công nghệ", "Sở Tài chính; Sở Tư pháp; Hiệp hội Doanh nghiệp tỉnh", "Kỳ họp giữa năm 2031", "Nghị quyết của HĐND tỉnh"),
    T115("2", "Sửa đổi quy chế quản lý nhiệm vụ khoa học và công nghệ cấp tỉnh theo hướng khoán chi đến sản phẩm cuối cùng", "Sở Khoa học và Công nghệ", "Sở Tài chính; Kho bạc Nhà nước khu vực", "Quý II/2031", "Quyết định của UBND tỉnh"),
    T115("3", "Ban hành danh mục công nghệ ưu tiên ứng dụng, chuyển giao trên địa bàn tỉnh giai đoạn 2031 - 2035", "Sở Khoa học và Công nghệ", "Các sở, ban, ngành; Ủy ban nhân dân các xã, phường", "Quý III/2031", "Quyết định của UBND tỉnh")),
  SK("II", "Phát triển tiềm lực khoa học, công nghệ và hệ sinh thái đổi mới sáng tạo",
    T115("4", "Đầu tư Trung tâm Đổi mới sáng tạo của tỉnh", "Sở Khoa học và Công nghệ", "Sở Xây dựng; Sở Tài chính", "2031 - 2033", "Dự án được phê duyệt", subs=(
      T115("a)", "Lập, trình phê duyệt chủ trương đầu tư", "Sở Khoa học và Công nghệ", "Sở Tài chính", "Quý II/2031", "Quyết định chủ trương đầu tư"),
      T115("b)", "Thiết kế, xây dựng khu làm việc chung, phòng thí nghiệm mở", "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh", "Sở Khoa học và Công nghệ", "2032 - 2033", "Công trình được bàn giao"))),
    T115("5", "Hỗ trợ thành lập, ươm tạo doanh nghiệp khởi nghiệp sáng tạo; tổ chức Ngày hội khởi nghiệp đổi mới sáng tạo hằng năm", "Sở Khoa học và Công nghệ", "Tỉnh Đoàn; Trường Đại học trên địa bàn tỉnh; Hội Doanh nhân trẻ tỉnh", "Hằng năm", "Kế hoạch; báo cáo kết quả"),
    T115("6", "Rà soát, sắp xếp các tổ chức khoa học và công nghệ công lập; chuyển đổi sang cơ chế tự chủ tài chính", "Sở Nội vụ", "Sở Khoa học và Công nghệ; Sở Tài chính", "Tháng 12/2031", "Đề án sắp xếp")),
  SK("III", "Ứng dụng khoa học, công nghệ trong các ngành, lĩnh vực",
    T115("7", "Ứng dụng công nghệ sinh học trong chọn, tạo giống cây trồng, vật nuôi chủ lực của tỉnh", "Sở Nông nghiệp và Môi trường", "Viện Khoa học Nông nghiệp; các hợp tác xã", "2031 - 2035", "Giống mới được công nhận"),
    T115("8", "Triển khai hệ thống giám sát giao thông thông minh tại các nút giao trọng điểm", "Công an tỉnh", "Sở Xây dựng; Sở Khoa học và Công nghệ", "Năm 2032", "Hệ thống được vận hành"),
    T115("9", "Đánh giá kết quả thực hiện Chương trình hành động; báo cáo Ban Thường vụ Tỉnh ủy", "Sở Khoa học và Công nghệ", "", "Trước ngày 15/12 hằng năm", "Báo cáo"))]}
T116 = tasker("content", "extra:Lãnh đạo UBND tỉnh phụ trách", "lead", "coordinating", "timeframe", "deliverable")
P116 = {"schema": "annex/v1", "appendix": "", "title": "PHÂN CÔNG THỰC HIỆN CÁC NHIỆM VỤ TRỌNG TÂM PHÁT TRIỂN KINH TẾ - XÃ HỘI QUÝ I NĂM 2031",
 "subtitle": "(Kèm theo Công văn số 402/UBND-TH ngày 06/01/2031 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "extra", "lead", "coordinating", "timeframe", "deliverable"),
   ["TT", "Nội dung công việc", "Lãnh đạo UBND tỉnh phụ trách", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn", "Sản phẩm"], [0.05, 0.30, 0.12, 0.13, 0.16, 0.1, 0.14])],
 "items": [
  SK("I", "LĨNH VỰC KINH TẾ",
    T116("1", "Giải ngân vốn đầu tư công năm 2031, phấn đấu đến hết quý I đạt trên 20% kế hoạch vốn được giao", "Chủ tịch UBND tỉnh", "Sở Tài chính", "Các chủ đầu tư; Kho bạc Nhà nước khu vực", "Ngày 31/3/2031", "Báo cáo tiến độ giải ngân"),
    T116("2", "Tháo gỡ khó khăn về giải phóng mặt bằng các dự án trọng điểm, dự án đường ven biển", "Phó Chủ tịch Thường trực UBND tỉnh", "Ủy ban nhân dân các xã có dự án", "Sở Nông nghiệp và Môi trường; Sở Xây dựng", "Thường xuyên", "Mặt bằng được bàn giao"),
    T116("3", "Bảo đảm cung ứng hàng hóa, bình ổn giá cả thị trường trước, trong và sau Tết Nguyên đán", "Phó Chủ tịch UBND tỉnh phụ trách kinh tế", "Sở Công Thương", "Sở Tài chính; Công an tỉnh; Chi cục Quản lý thị trường", "Tháng 01 - 02/2031", "Kế hoạch bình ổn giá")),
  SK("II", "LĨNH VỰC VĂN HÓA - XÃ HỘI",
    T116("4", "Tổ chức thăm hỏi, tặng quà gia đình chính sách, hộ nghèo, đối tượng bảo trợ xã hội nhân dịp Tết", "Phó Chủ tịch UBND tỉnh phụ trách văn hóa - xã hội", "Sở Nội vụ", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh; Hội Chữ thập đỏ tỉnh", "Trước ngày 25/01/2031", "Danh sách đối tượng được tặng quà"),
    T116("5", "Chỉ đạo các trường học tổ chức cho học sinh nghỉ Tết đúng quy định; bảo đảm an toàn trường học", "Phó Chủ tịch UBND tỉnh phụ trách văn hóa - xã hội", "Sở Giáo dục và Đào tạo", "Ủy ban nhân dân các xã, phường", "Tháng 02/2031", "Văn bản chỉ đạo"),
    T116("6", "Chủ động phòng, chống dịch bệnh mùa đông xuân; bảo đảm thuốc, vật tư y tế", "Phó Chủ tịch UBND tỉnh phụ trách văn hóa - xã hội", "Sở Y tế", "", "Quý I/2031", "Báo cáo tình hình dịch bệnh")),
  SK("III", "QUỐC PHÒNG, AN NINH VÀ XÂY DỰNG CHÍNH QUYỀN",
    T116("7", "Tổ chức giao, nhận quân năm 2031 bảo đảm chỉ tiêu, an toàn, đúng luật", "Chủ tịch UBND tỉnh", "Bộ Chỉ huy Quân sự tỉnh", "Công an tỉnh; Ủy ban nhân dân các xã, phường", "Tháng 02/2031", "Lễ giao nhận quân"),
    T116("8", "Kiểm tra công vụ, kỷ luật, kỷ cương hành chính sau Tết", "Phó Chủ tịch Thường trực UBND tỉnh", "Sở Nội vụ", "Văn phòng UBND tỉnh", "Tháng 02 - 3/2031", "Thông báo kết quả kiểm tra"))]}
T117 = tasker("content", "lead", "coordinating", "timeframe", "funding", "note")
P117 = {"schema": "annex/v1", "appendix": "02", "title": "KẾ HOẠCH TRIỂN KHAI CHIẾN DỊCH TIÊM CHỦNG MỞ RỘNG NĂM 2032",
 "subtitle": "(Kèm theo Kế hoạch số 77/KH-SYT ngày 14/02/2032 của Sở Y tế)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "funding", "note"),
   ["STT", "Nội dung hoạt động", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian", "Kinh phí (triệu đồng)", "Ghi chú"], [0.05, 0.31, 0.15, 0.17, 0.11, 0.1, 0.11])],
 "items": [
  SK("I", "CÔNG TÁC CHUẨN BỊ",
    T117("1", "Rà soát, lập danh sách trẻ em trong độ tuổi tiêm chủng tại từng thôn, tổ dân phố; cập nhật lên Hệ thống thông tin tiêm chủng quốc gia", "Trạm Y tế các xã, phường", "Ủy ban nhân dân các xã, phường; cộng tác viên dân số", "Tháng 02/2032", "35", ""),
    T117("2", "Tiếp nhận, bảo quản, cấp phát vắc xin, vật tư tiêm chủng bảo đảm dây chuyền lạnh", "Trung tâm Kiểm soát bệnh tật tỉnh", "Các Trung tâm Y tế khu vực", "Trước mỗi đợt tiêm", "120", "Nguồn Trung ương cấp"),
    T117("3", "Tập huấn chuyên môn về khám sàng lọc, xử trí phản ứng sau tiêm cho nhân viên y tế", "Trung tâm Kiểm soát bệnh tật tỉnh", "Bệnh viện Đa khoa tỉnh; Bệnh viện Sản - Nhi", "Tháng 3/2032", "80", "")),
  SK("II", "TỔ CHỨC TIÊM CHỦNG",
    T117("4", "Tổ chức tiêm vắc xin sởi - rubella cho trẻ từ 1 đến 5 tuổi tại các điểm tiêm cố định và lưu động", "Các Trung tâm Y tế khu vực", "Trạm Y tế các xã, phường; các trường mầm non", "Tháng 4 - 5/2032", "450", "Tiêm vét vào tháng 6"),
    T117("5", "Bố trí đội cấp cứu lưu động tại các điểm tiêm; báo cáo ngay các trường hợp phản ứng nặng sau tiêm", "Bệnh viện Đa khoa tỉnh", "Các Trung tâm Y tế khu vực", "Trong thời gian chiến dịch", "60", ""),
    T117("6", "Tuyên truyền, vận động phụ huynh đưa trẻ đi tiêm đầy đủ, đúng lịch trên loa truyền thanh cơ sở và mạng xã hội", "Trung tâm Truyền thông - Giáo dục sức khỏe", "Báo và Phát thanh, Truyền hình tỉnh; Hội Liên hiệp Phụ nữ tỉnh", "Tháng 3 - 6/2032", "45", "")),
  SK("III", "GIÁM SÁT, BÁO CÁO",
    T117("7", "Kiểm tra, giám sát hỗ trợ các điểm tiêm; đánh giá tỷ lệ bao phủ sau chiến dịch", "Sở Y tế", "Trung tâm Kiểm soát bệnh tật tỉnh", "Tháng 5 - 7/2032", "25", "Đoàn liên ngành"),
    T117("8", "Tổng kết chiến dịch, báo cáo Bộ Y tế và Ủy ban nhân dân tỉnh", "Trung tâm Kiểm soát bệnh tật tỉnh", "", "Tháng 8/2032", "10", ""))]}
T118 = tasker("content", "lead", "coordinating", "deliverable", "timeframe")
P118 = {"schema": "annex/v1", "appendix": "I", "title": "DANH MỤC NHIỆM VỤ TRIỂN KHAI CHIẾN LƯỢC PHÁT TRIỂN NGÀNH LOGISTICS ĐẾN NĂM 2035",
 "subtitle": "(Kèm theo Quyết định số      /QĐ-TTg ngày    tháng    năm 2032 của Thủ tướng Chính phủ)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "deliverable", "timeframe"),
   ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Sản phẩm", "Thời gian hoàn thành"], [0.04, 0.36, 0.14, 0.18, 0.14, 0.14])],
 "items": [
  SK("I", "HOÀN THIỆN THỂ CHẾ",
    T118("1", "Xây dựng Luật Logistics, trong đó quy định:\n- Khái niệm, phạm vi dịch vụ logistics;\n- Điều kiện kinh doanh dịch vụ logistics;\n- Trách nhiệm quản lý nhà nước của các bộ, ngành", "Bộ Công Thương", "Bộ Tư pháp; Bộ Xây dựng; Bộ Tài chính; các bộ, cơ quan ngang bộ", "Luật", "Năm 2033"),
    T118("2", "Rà soát, sửa đổi quy định về thủ tục hải quan đối với hàng hóa quá cảnh, trung chuyển", "Bộ Tài chính", "Bộ Công Thương; Bộ Ngoại giao", "Nghị định", "Quý IV/2032")),
  SK("II", "PHÁT TRIỂN KẾT CẤU HẠ TẦNG LOGISTICS",
    T118("3", "Quy hoạch mạng lưới trung tâm logistics cấp quốc gia, cấp vùng gắn với cảng biển, cửa khẩu, cảng hàng không", "Bộ Công Thương", "Bộ Xây dựng; Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", "Quyết định của Thủ tướng Chính phủ", "Năm 2033"),
    T118("4", "Đầu tư các cảng cạn, kho ngoại quan tại các hành lang kinh tế trọng điểm", "Bộ Xây dựng", "Bộ Tài chính; các doanh nghiệp", "Công trình được đưa vào khai thác", "2032 - 2035"),
    T118("5", "Phát triển vận tải đa phương thức; kết nối đường sắt với cảng biển cửa ngõ quốc tế", "Bộ Xây dựng", "Tổng công ty Đường sắt Việt Nam; Ủy ban nhân dân các tỉnh có cảng biển", "Đề án", "Tháng 6/2033")),
  SK("III", "NÂNG CAO NĂNG LỰC DOANH NGHIỆP VÀ NGUỒN NHÂN LỰC",
    T118("6", "Hỗ trợ doanh nghiệp logistics ứng dụng công nghệ số, thương mại điện tử xuyên biên giới", "Bộ Công Thương", "Bộ Khoa học và Công nghệ; Hiệp hội Doanh nghiệp dịch vụ Logistics Việt Nam", "Chương trình hỗ trợ", "Hằng năm"),
    T118("7", "Đào tạo nguồn nhân lực logistics chất lượng cao tại các cơ sở giáo dục đại học", "Bộ Giáo dục và Đào tạo", "Bộ Công Thương; các trường đại học", "Chương trình đào tạo", "2032 - 2035"),
    T118("8", "Sơ kết, đánh giá tình hình thực hiện Chiến lược; báo cáo Thủ tướng Chính phủ", "Bộ Công Thương", "Các bộ, ngành, địa phương", "Báo cáo", "Năm 2035"))]}
T119 = tasker("content", "lead", "coordinating", "deliverable", "timeframe", "note")
P119 = {"schema": "annex/v1", "appendix": "", "title": "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2033 CỦA SỞ TƯ PHÁP",
 "subtitle": "(Kèm theo Quyết định số 15/QĐ-STP ngày 08/01/2033 của Giám đốc Sở Tư pháp)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "deliverable", "timeframe", "note"),
   ["STT", "Nhiệm vụ/Hoạt động", "Đơn vị chủ trì", "Đơn vị phối hợp", "Kết quả/Sản phẩm", "Thời gian hoàn thành", "Ghi chú"], [0.05, 0.30, 0.13, 0.15, 0.15, 0.12, 0.1])],
 "items": [
  SK("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH",
    T119("1", "Ban hành Kế hoạch cải cách hành chính năm 2033 của Sở", "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở", "Quyết định ban hành Kế hoạch", "Tháng 01/2033", ""),
    T119("2", "Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2032 của Sở", "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở", "Báo cáo tự đánh giá kèm tài liệu kiểm chứng", "Trước ngày 15/02/2033", "Theo hướng dẫn của Sở Nội vụ")),
  SK("II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
    T119("3", "Rà soát, đề xuất đơn giản hóa thủ tục hành chính trong lĩnh vực hộ tịch, chứng thực, lý lịch tư pháp", "Phòng Hành chính tư pháp", "Trung tâm Trợ giúp pháp lý; Văn phòng Sở", "Phương án đơn giản hóa", "Quý II/2033", "", subs=(
      T119("a)", "Thủ tục đăng ký khai sinh, khai tử liên thông"),
      T119("b)", "Thủ tục cấp Phiếu lý lịch tư pháp trên môi trường điện tử"))),
    T119("4", "Niêm yết, công khai thủ tục hành chính tại Trung tâm Phục vụ hành chính công tỉnh và trên Cổng thông tin điện tử của Sở", "Văn phòng Sở", "Phòng Hành chính tư pháp", "Thủ tục hành chính được công khai đầy đủ", "Thường xuyên", "")),
  SK("III", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ",
    T119("5", "Xác định, điều chỉnh vị trí việc làm của công chức, viên chức theo cơ cấu tổ chức mới", "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở", "Đề án vị trí việc làm", "Quý III/2033", "Trình Sở Nội vụ thẩm định"),
    T119("6", "Cử công chức tham gia bồi dưỡng kiến thức quản lý nhà nước, kỹ năng số", "Văn phòng Sở", "", "Số lượt công chức được bồi dưỡng", "Theo kế hoạch của tỉnh", ""))]}
T120 = tasker("content", "lead", "coordinating", "timeframe", "funding")
P120 = {"schema": "annex/v1", "appendix": "03", "title": "DANH MỤC NHIỆM VỤ CƠ CẤU LẠI NGÀNH NÔNG NGHIỆP TỈNH NĂM 2033",
 "subtitle": "(Kèm theo Kế hoạch số 203/KH-UBND ngày 30/12/2032 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "funding"),
   ["TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Dự toán kinh phí (đồng)"], [0.05, 0.36, 0.15, 0.18, 0.12, 0.14])],
 "items": [
  SK("A", "LĨNH VỰC TRỒNG TRỌT",
    T120("1", "Chuyển đổi cơ cấu cây trồng trên đất lúa kém hiệu quả sang cây ăn quả, cây dược liệu: (1) khảo sát, lựa chọn vùng chuyển đổi; (2) hỗ trợ giống, vật tư; (3) tập huấn kỹ thuật canh tác", "Sở Nông nghiệp và Môi trường", "Ủy ban nhân dân các xã; Hội Nông dân tỉnh", "Năm 2033", "1.250.000.000"),
    T120("2", "Xây dựng vùng sản xuất rau an toàn ứng dụng công nghệ cao", "Ủy ban nhân dân các xã có vùng sản xuất", "Sở Nông nghiệp và Môi trường; các hợp tác xã", "2033 - 2034", "850.000.000"), kind="part"),
  SK("B", "LĨNH VỰC CHĂN NUÔI, THỦY SẢN",
    T120("3", "Hỗ trợ xây dựng chuỗi liên kết chăn nuôi lợn an toàn sinh học", "Sở Nông nghiệp và Môi trường", "Các doanh nghiệp; hợp tác xã chăn nuôi", "Quý II - Quý IV/2033", "600.000.000"),
    T120("4", "Thả cá giống tái tạo nguồn lợi thủy sản trên các hồ chứa", "Chi cục Thủy sản", "Ủy ban nhân dân các xã có hồ chứa", "Tháng 5/2033", "Nguồn xã hội hóa"),
    T120("5", "Kiểm tra chất lượng giống, thức ăn chăn nuôi, thủy sản lưu thông trên địa bàn", "Chi cục Chăn nuôi và Thú y", "Công an tỉnh; Chi cục Quản lý thị trường", "Thường xuyên", "120.000.000"), kind="part"),
  SK("C", "LĨNH VỰC LÂM NGHIỆP",
    T120("6", "Trồng rừng sản xuất gỗ lớn có chứng chỉ quản lý rừng bền vững", "Chi cục Kiểm lâm", "Các công ty lâm nghiệp; chủ rừng", "2033 - 2035", "2.400.000.000"),
    T120("7", "Tổng kết, đánh giá kết quả thực hiện; đề xuất nhiệm vụ năm 2034", "Sở Nông nghiệp và Môi trường", "", "Tháng 12/2033", ""), kind="part")]}
T121 = tasker("content", "lead", "coordinating", "timeframe", "extra:Địa điểm")
P121 = {"schema": "annex/v1", "appendix": "", "title": "PHÂN CÔNG NHIỆM VỤ TỔ CHỨC CHƯƠNG TRÌNH VUI TẾT TRUNG THU NĂM 2033",
 "subtitle": "(Kèm theo Kế hoạch số 96/KH-UBND ngày 20/8/2033 của Ủy ban nhân dân xã Hòa Bình)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "extra"),
   ["TT", "Nội dung công việc", "Bộ phận/cá nhân phụ trách", "Phối hợp", "Thời gian", "Địa điểm"], [0.05, 0.32, 0.2, 0.17, 0.12, 0.14])],
 "items": [
  SK("I.", "CÔNG TÁC CHUẨN BỊ",
    T121("1.", "Xây dựng kịch bản chương trình, phân công người dẫn chương trình", "Đ/c Lê Thị Hoa, Bí thư Đoàn xã", "Văn hóa - Xã hội", "Trước ngày 10/9/2033", "Trụ sở UBND xã"),
    T121("2.", "Vận động các nhà hảo tâm ủng hộ quà cho thiếu nhi có hoàn cảnh khó khăn", "Ủy ban Mặt trận Tổ quốc Việt Nam xã", "Hội Liên hiệp Phụ nữ xã; các thôn", "Từ ngày 25/8 đến ngày 10/9/2033", "Các thôn"),
    T121("3.", "Chuẩn bị sân khấu, âm thanh, ánh sáng, băng rôn, khẩu hiệu", "Đ/c Trần Văn Nam, công chức Văn hóa - Xã hội", "Đoàn Thanh niên xã", "Ngày 14/9/2033", "Sân vận động xã")),
  SK("II.", "TỔ CHỨC CHƯƠNG TRÌNH",
    T121("4.", "Tổ chức rước đèn, phá cỗ, trao quà cho thiếu nhi", "Đoàn Thanh niên xã", "Hội đồng Đội xã; Ban Chỉ huy Quân sự xã", "19 giờ 00, ngày 15/9/2033", "Sân vận động xã"),
    T121("5.", "Bảo đảm an ninh trật tự, an toàn giao thông, phòng cháy chữa cháy trong thời gian diễn ra chương trình", "Công an xã", "Ban Chỉ huy Quân sự xã; lực lượng bảo vệ dân phố", "Ngày 15/9/2033", ""),
    T121("6.", "Thông tin, tuyên truyền về chương trình trên hệ thống loa truyền thanh", "Đ/c Trần Văn Nam, công chức Văn hóa - Xã hội", "", "Từ ngày 10/9/2033", "Hệ thống truyền thanh xã"))]}
T122 = tasker("content", "extra:Đối tượng kiểm tra", "lead", "timeframe", "note")
P122 = {"schema": "annex/v1", "appendix": "02", "title": "KẾ HOẠCH KIỂM TRA CHUYÊN NGÀNH NĂM HỌC 2033 - 2034",
 "subtitle": "(Ban hành kèm theo Quyết định số 1120/QĐ-SGDĐT ngày 05/9/2033 của Giám đốc Sở Giáo dục và Đào tạo)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "extra", "lead", "timeframe", "note"),
   ["STT", "Nội dung kiểm tra", "Đối tượng kiểm tra", "Đơn vị chủ trì", "Thời gian", "Ghi chú"], [0.05, 0.33, 0.18, 0.16, 0.14, 0.14])],
 "items": [
  SK("I", "KIỂM TRA CÔNG TÁC QUẢN LÝ",
    T122("1", "Kiểm tra việc thực hiện quy chế dân chủ, công khai trong cơ sở giáo dục", "Các trường trung học phổ thông", "Thanh tra Sở", "Tháng 10 - 11/2033", "Kiểm tra 10 trường"),
    T122("2", "Kiểm tra công tác tuyển sinh, quản lý hồ sơ học sinh, văn bằng, chứng chỉ", "Các trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên", "Phòng Quản lý chất lượng", "Quý I/2034", ""),
    T122("3", "Kiểm tra việc quản lý, sử dụng tài chính, tài sản; thu, chi các khoản ngoài học phí", "Các đơn vị trực thuộc Sở", "Phòng Kế hoạch - Tài chính", "Tháng 3/2034", "Phối hợp Thanh tra Sở")),
  SK("II", "KIỂM TRA CHUYÊN MÔN",
    T122("4", "Kiểm tra việc thực hiện chương trình giáo dục phổ thông 2018; đổi mới phương pháp dạy học, kiểm tra, đánh giá", "Các trường trung học phổ thông; trường phổ thông dân tộc nội trú", "Phòng Giáo dục trung học", "Từ tháng 11/2033 đến tháng 4/2034", ""),
    T122("5", "Kiểm tra công tác bảo đảm an toàn thực phẩm tại bếp ăn bán trú", "Các trường có học sinh bán trú", "Phòng Giáo dục mầm non - tiểu học", "Học kỳ I", "Kiểm tra đột xuất"),
    T122("6", "Tổng hợp, báo cáo kết quả kiểm tra năm học", "Các phòng thuộc Sở", "Thanh tra Sở", "Tháng 5/2034", ""))]}
T123 = tasker("content", "lead", "coordinating", "deliverable", "timeframe")
P123 = {"schema": "annex/v1", "appendix": "I", "title": "NHIỆM VỤ THỰC HIỆN NGHỊ QUYẾT VỀ PHÁT TRIỂN DU LỊCH TRỞ THÀNH NGÀNH KINH TẾ MŨI NHỌN GIAI ĐOẠN 2034 - 2038",
 "subtitle": "(Kèm theo Kế hoạch số 57/KH-UBND ngày 12/3/2034 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "deliverable", "timeframe"),
   ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Sản phẩm", "Thời gian hoàn thành"], [0.05, 0.34, 0.15, 0.18, 0.15, 0.13])],
 "items": [
  SK("A", "NHIỆM VỤ CHUNG",
    T123("1", "Quán triệt, tuyên truyền sâu rộng Nghị quyết đến cán bộ, đảng viên và Nhân dân; nâng cao nhận thức về vị trí, vai trò của du lịch", "Sở Văn hóa, Thể thao và Du lịch", "Các cơ quan báo chí tỉnh; Ủy ban nhân dân các xã, phường", "Các hội nghị, chuyên mục tuyên truyền", "Quý II/2034"),
    T123("2", "Rà soát, điều chỉnh quy hoạch các khu, điểm du lịch phù hợp với Quy hoạch tỉnh", "Sở Xây dựng", "Sở Văn hóa, Thể thao và Du lịch; Sở Nông nghiệp và Môi trường", "Quyết định phê duyệt điều chỉnh", "Năm 2035"), kind="part"),
  SK("B", "NHIỆM VỤ CỤ THỂ",
    SK("I", "PHÁT TRIỂN SẢN PHẨM DU LỊCH",
      T123("3", "Xây dựng sản phẩm du lịch đặc trưng gắn với di sản văn hóa, lễ hội truyền thống và ẩm thực địa phương", "Sở Văn hóa, Thể thao và Du lịch", "Các hiệp hội du lịch; doanh nghiệp lữ hành", "Bộ sản phẩm du lịch đặc trưng", "2034 - 2035", subs=(
        T123("a)", "Phát triển tuyến du lịch đường sông kết nối các làng nghề", "Ủy ban nhân dân các xã ven sông", "Sở Xây dựng; Công an tỉnh", "Tuyến du lịch được công bố", "Tháng 9/2034"),
        T123("b)", "Tổ chức Tuần lễ ẩm thực và văn hóa các dân tộc", "Sở Văn hóa, Thể thao và Du lịch", "Hội Liên hiệp Phụ nữ tỉnh; Tỉnh Đoàn", "Tuần lễ được tổ chức", "Hằng năm"))),
      T123("4", "Hỗ trợ các hộ gia đình phát triển du lịch cộng đồng, homestay đạt chuẩn tại vùng đồng bào dân tộc thiểu số", "Ủy ban nhân dân các xã", "Sở Dân tộc và Tôn giáo; Ngân hàng Chính sách xã hội chi nhánh tỉnh", "50 cơ sở lưu trú đạt chuẩn", "Giai đoạn 2034 - 2038")),
    SK("II", "XÚC TIẾN, QUẢNG BÁ VÀ CHUYỂN ĐỔI SỐ",
      T123("5", "Xây dựng cơ sở dữ liệu du lịch và ứng dụng du lịch thông minh trên thiết bị di động", "Sở Khoa học và Công nghệ", "Sở Văn hóa, Thể thao và Du lịch; các doanh nghiệp viễn thông", "Ứng dụng được đưa vào vận hành", "Trước 31/12/2035"),
      T123("6", "Tham gia hội chợ, diễn đàn du lịch trong nước và quốc tế; tổ chức đón đoàn famtrip, presstrip", "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch", "Sở Ngoại vụ; Hiệp hội Du lịch tỉnh", "Báo cáo kết quả xúc tiến", "Thường xuyên")),
    SK("III", "PHÁT TRIỂN NGUỒN NHÂN LỰC",
      T123("7", "Đào tạo, bồi dưỡng kỹ năng nghề du lịch, ngoại ngữ cho người lao động tại các khu, điểm du lịch", "Trường Cao đẳng Văn hóa Nghệ thuật và Du lịch", "Sở Nội vụ; các doanh nghiệp du lịch", "1.500 lượt người được đào tạo", "Hằng năm"),
      T123("8", "Sơ kết 03 năm thực hiện Nghị quyết; đề xuất điều chỉnh mục tiêu, giải pháp", "Sở Văn hóa, Thể thao và Du lịch", "Các sở, ban, ngành; Ủy ban nhân dân các xã, phường", "Báo cáo sơ kết", "Quý IV/2036")), kind="part")]}
T124 = tasker("content", "lead", "coordinating", "timeframe", "funding", "note")
P124 = {"schema": "annex/v1", "appendix": "02", "title": "DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH VÀ CHUYỂN ĐỔI SỐ NĂM 2034",
 "subtitle": "(Ban hành kèm theo Kế hoạch số 14/KH-UBND ngày 08/01/2034 của Ủy ban nhân dân phường Tân An)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "funding", "note"),
   ["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Nguồn kinh phí", "Ghi chú"], [0.05, 0.31, 0.15, 0.15, 0.12, 0.12, 0.10])],
 "items": [
  SK("I", "Cải cách thủ tục hành chính",
    T124("1.1", "Rà soát, đơn giản hóa thủ tục hành chính thuộc thẩm quyền giải quyết của phường:\n- Lĩnh vực hộ tịch, chứng thực;\n- Lĩnh vực đất đai, xây dựng", "Văn phòng HĐND và UBND phường", "Phòng Kinh tế, Hạ tầng và Đô thị", "Quý I - Quý II/2034", "Ngân sách phường", ""),
    T124("1.2", "Niêm yết công khai, đầy đủ thủ tục hành chính tại Bộ phận Một cửa và trên Cổng thông tin điện tử của phường", "Bộ phận Một cửa phường", "Công chức Tư pháp - Hộ tịch", "Thường xuyên", "", "Cập nhật khi có thay đổi")),
  SK("II", "Hiện đại hóa nền hành chính và chuyển đổi số",
    T124("2.1", "Nâng cấp trang thiết bị Bộ phận Một cửa; bố trí máy tra cứu và hướng dẫn người dân nộp hồ sơ trực tuyến", "Văn phòng HĐND và UBND phường", "Tổ công nghệ số cộng đồng", "Tháng 4/2034", "Ngân sách phường; nguồn xã hội hóa", "Ưu tiên khu dân cư đông người cao tuổi"),
    T124("2.2", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực; tỷ lệ số hóa đạt 100%", "Bộ phận Một cửa phường", "Công chức Văn phòng - Thống kê; Viễn thông Tân An", "Trước 30/9/2034", "Ngân sách tỉnh hỗ trợ", ""),
    T124("2.3", "Tuyên truyền, hướng dẫn người dân cài đặt, sử dụng ứng dụng định danh điện tử và thanh toán không dùng tiền mặt", "Công an phường", "Đoàn Thanh niên phường; Hội Liên hiệp Phụ nữ phường; các tổ dân phố", "Năm 2034", "Lồng ghép kinh phí hoạt động", "")),
  SK("III", "Kiểm tra, đánh giá",
    T124("3.1", "Kiểm tra việc thực hiện kỷ luật, kỷ cương hành chính, văn hóa công vụ của cán bộ, công chức", "Chủ tịch UBND phường", "Văn phòng HĐND và UBND phường", "Hằng quý", "", "Kiểm tra đột xuất khi cần"),
    T124("3.2", "Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2034 của phường", "Văn phòng HĐND và UBND phường", "Các công chức chuyên môn", "Tháng 11/2034", "", "Gửi Sở Nội vụ"))]}
T125 = tasker("content", "deliverable", "lead", "coordinating", "timeframe")
P125 = {"schema": "annex/v1", "appendix": "", "title": "DANH MỤC NHIỆM VỤ TRIỂN KHAI CHIẾN LƯỢC PHÁT TRIỂN NGÀNH CÔNG NGHIỆP HỖ TRỢ ĐẾN NĂM 2040",
 "subtitle": "(Ban hành kèm theo Quyết định số 2150/QĐ-BCT ngày 18/6/2035 của Bộ trưởng Bộ Công Thương)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "deliverable", "lead", "coordinating", "timeframe"),
   ["TT", "Tên nhiệm vụ", "Sản phẩm", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn hoàn thành"], [0.05, 0.32, 0.16, 0.15, 0.19, 0.13])],
 "items": [
  SK("I.", "HOÀN THIỆN CƠ CHẾ, CHÍNH SÁCH",
    T125("1.", "Xây dựng Nghị định sửa đổi, bổ sung Nghị định về phát triển công nghiệp hỗ trợ", "Nghị định của Chính phủ", "Vụ Pháp chế", "Bộ Tài chính; Bộ Kế hoạch và Đầu tư; Văn phòng Chính phủ", "Năm 2036", subs=(
      T125("1.1.", "Tổng kết, đánh giá 10 năm thực hiện Nghị định", "Báo cáo tổng kết", "Cục Công nghiệp", "Các Sở Công Thương", "Quý IV/2035"),
      T125("1.2.", "Lấy ý kiến các hiệp hội, doanh nghiệp về dự thảo Nghị định", "Báo cáo tiếp thu, giải trình", "Vụ Pháp chế", "Hiệp hội Doanh nghiệp cơ khí Việt Nam; các hiệp hội ngành hàng", "Quý I/2036"))),
    T125("2.", "Ban hành danh mục sản phẩm công nghiệp hỗ trợ ưu tiên phát triển giai đoạn 2036 - 2040", "Quyết định của Thủ tướng Chính phủ", "Cục Công nghiệp", "Các bộ, ngành liên quan", "Tháng 9/2036")),
  SK("II.", "PHÁT TRIỂN THỊ TRƯỜNG VÀ NGUỒN NHÂN LỰC",
    T125("3.", "Kết nối doanh nghiệp trong nước với các tập đoàn đa quốc gia: (1) tổ chức hội chợ chuyên ngành; (2) xây dựng cơ sở dữ liệu nhà cung ứng", "Cơ sở dữ liệu nhà cung ứng", "Cục Xúc tiến thương mại", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", "Hằng năm"),
    T125("4.", "Đào tạo kỹ sư, kỹ thuật viên cho các ngành cơ khí chế tạo, điện tử, dệt may, da giày", "Chương trình đào tạo", "Vụ Tổ chức cán bộ", "Các trường đại học, cao đẳng thuộc Bộ", "2036 - 2040"),
    T125("5.", "Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý chất lượng, tiêu chuẩn quốc tế", "Số doanh nghiệp được hỗ trợ", "Trung tâm Phát triển công nghiệp hỗ trợ", "Bộ Khoa học và Công nghệ", "Thường xuyên")),
  SK("III.", "TỔ CHỨC THỰC HIỆN",
    T125("6.", "Kiểm tra, giám sát, sơ kết tình hình thực hiện Chiến lược", "Báo cáo sơ kết", "Cục Công nghiệp", "Các Sở Công Thương", "Năm 2038"))]}
T126 = tasker("content", "extra:Chỉ tiêu", "lead", "timeframe", "funding")
P126 = {"schema": "annex/v1", "appendix": "03", "title": "KẾ HOẠCH HOẠT ĐỘNG PHÒNG, CHỐNG SUY DINH DƯỠNG TRẺ EM NĂM 2035",
 "subtitle": "(Kèm theo Kế hoạch số 41/KH-UBND ngày 02/02/2035 của Ủy ban nhân dân huyện Cẩm Phong)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "extra", "lead", "timeframe", "funding"),
   ["STT", "Nội dung hoạt động", "Chỉ tiêu", "Đơn vị thực hiện", "Thời gian", "Kinh phí"], [0.06, 0.36, 0.15, 0.17, 0.12, 0.14])],
 "items": [
  SK("I", "TRUYỀN THÔNG, GIÁO DỤC DINH DƯỠNG",
    T126("1", "Tổ chức truyền thông trực tiếp về chăm sóc dinh dưỡng cho bà mẹ mang thai và bà mẹ có con dưới 2 tuổi", "100% xã tổ chức", "Trung tâm Y tế huyện", "Quý I, II/2035", "Ngân sách huyện"),
    T126("2", "Phát sóng chuyên mục dinh dưỡng trên Đài Truyền thanh huyện:\n- Mỗi tháng 02 chuyên mục;\n- Tiếp sóng vào giờ cao điểm", "24 chuyên mục", "Trung tâm Văn hóa, Thông tin và Thể thao huyện", "Hằng tháng", "Không")),
  SK("II", "CHĂM SÓC DINH DƯỠNG",
    T126("3", "Cân, đo trẻ em dưới 5 tuổi; theo dõi biểu đồ tăng trưởng", "Trên 95% trẻ được cân, đo", "Trạm Y tế các xã, thị trấn", "Tháng 6 và tháng 12", "Chương trình mục tiêu y tế - dân số"),
    T126("4", "Bổ sung vi chất dinh dưỡng (vitamin A, sắt) cho trẻ em và phụ nữ có thai", "Trên 98% trẻ 6 - 36 tháng tuổi", "Trạm Y tế các xã, thị trấn", "Tháng 6 và tháng 12", "Ngân sách tỉnh"),
    T126("5", "Hỗ trợ sữa, thực phẩm bổ sung cho trẻ suy dinh dưỡng thuộc hộ nghèo, hộ cận nghèo", "150 trẻ", "Hội Liên hiệp Phụ nữ huyện", "Từ tháng 3 đến tháng 11/2035", "Nguồn xã hội hóa")),
  SK("III", "KIỂM TRA, GIÁM SÁT",
    T126("6", "Giám sát hoạt động dinh dưỡng tại các trường mầm non và trạm y tế", "2 đợt/năm", "Phòng Y tế huyện", "Tháng 5, tháng 10", "Ngân sách huyện"),
    T126("7", "Tổng kết, đánh giá kết quả thực hiện Kế hoạch năm 2035", "Báo cáo", "Phòng Y tế huyện", "Tháng 12/2035", ""))]}
T127 = tasker("content", "lead", "coordinating", "timeframe", "note")
P127 = {"schema": "annex/v1", "appendix": "", "title": "CHƯƠNG TRÌNH CÔNG TÁC TUYÊN TRUYỀN KỶ NIỆM CÁC NGÀY LỄ LỚN NĂM 2036",
 "subtitle": "(Kèm theo Hướng dẫn số 12-HD/BTGDVTU ngày 10/01/2036 của Ban Tuyên giáo và Dân vận Tỉnh ủy)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "note"),
   ["STT", "Nội dung công việc", "Cơ quan, đơn vị chủ trì", "Cơ quan, đơn vị phối hợp", "Thời gian hoàn thành", "Ghi chú"], [0.05, 0.35, 0.16, 0.19, 0.13, 0.12])],
 "items": [
  SK("I", "KỶ NIỆM NGÀY THÀNH LẬP ĐẢNG CỘNG SẢN VIỆT NAM",
    T127("1", "Tổ chức treo cờ, băng rôn, khẩu hiệu tại trụ sở cơ quan, đơn vị và các tuyến đường chính", "Sở Văn hóa, Thể thao và Du lịch", "Ủy ban nhân dân các xã, phường", "Tháng 01 - 02/2036", ""),
    T127("2", "Tổ chức các hoạt động văn hóa, văn nghệ chào mừng:", "Trung tâm Văn hóa tỉnh", "Các đoàn nghệ thuật", "Ngày 03/02/2036", "Tổ chức tại Quảng trường tỉnh", subs=(
      T127("a.", "Chương trình nghệ thuật \"Mùa xuân dâng Đảng\"", "Trung tâm Văn hóa tỉnh", "Đài Phát thanh và Truyền hình tỉnh", "Tối 02/02/2036", "Truyền hình trực tiếp"),
      T127("b.", "Triển lãm ảnh về thành tựu của tỉnh sau 50 năm đổi mới", "Bảo tàng tỉnh", "Hội Nhiếp ảnh tỉnh", "Từ 01 - 10/02/2036", "")))),
  SK("II", "KỶ NIỆM NGÀY GIẢI PHÓNG MIỀN NAM, THỐNG NHẤT ĐẤT NƯỚC VÀ NGÀY QUỐC TẾ LAO ĐỘNG",
    T127("1", "Biên soạn tài liệu tuyên truyền; đăng tải trên Cổng thông tin điện tử tỉnh và các trang mạng xã hội", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Sở Khoa học và Công nghệ", "Trước ngày 15/4/2036", ""),
    T127("2", "Gặp mặt, tặng quà các gia đình chính sách, người có công tiêu biểu: (1) thăm hỏi thương binh nặng; (2) tặng sổ tiết kiệm cho gia đình khó khăn", "Sở Nội vụ", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh; Hội Cựu chiến binh tỉnh", "Tháng 4/2036", "Kinh phí theo quy định"),
    T127("3", "Tuyên dương công nhân, người lao động tiêu biểu", "Liên đoàn Lao động tỉnh", "", "Ngày 01/5/2036", "")),
  SK("III", "KỶ NIỆM NGÀY QUỐC KHÁNH",
    T127("1", "Tổ chức Lễ mít tinh kỷ niệm 91 năm Cách mạng Tháng Tám và Quốc khánh 2/9", "Văn phòng Tỉnh ủy", "Văn phòng Ủy ban nhân dân tỉnh; Bộ Chỉ huy Quân sự tỉnh; Công an tỉnh", "Ngày 01/9/2036", "Mời lãnh đạo các thời kỳ"),
    T127("2", "Đánh giá kết quả công tác tuyên truyền năm 2036, báo cáo Ban Thường vụ Tỉnh ủy", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Các cơ quan báo chí tỉnh", "Tháng 12/2036", ""))]}
T128 = tasker("content", "lead", "coordinating", "deliverable", "timeframe")
P128 = {"schema": "annex/v1", "appendix": "2", "title": "KẾ HOẠCH THỰC HIỆN NHIỆM VỤ NĂM HỌC 2036 - 2037 CỦA TRƯỜNG TRUNG HỌC PHỔ THÔNG LÊ QUÝ ĐÔN",
 "subtitle": "(Kèm theo Kế hoạch số 25/KH-THPTLQĐ ngày 05/9/2036 của Hiệu trưởng)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "deliverable", "timeframe"),
   ["TT", "Nội dung công việc", "Bộ phận thực hiện", "Phối hợp", "Kết quả", "Thời gian"], [0.05, 0.34, 0.16, 0.15, 0.17, 0.13])],
 "items": [
  SK("I.", "Công tác chuyên môn",
    T128("1", "Xây dựng kế hoạch giáo dục nhà trường, kế hoạch dạy học các môn học theo Chương trình giáo dục phổ thông 2018", "Phó Hiệu trưởng phụ trách chuyên môn", "Các tổ chuyên môn", "Kế hoạch được phê duyệt", "Trước 15/9/2036"),
    T128("2", "Tổ chức kiểm tra giữa kỳ, cuối kỳ theo ma trận, bản đặc tả thống nhất toàn trường", "Tổ trưởng chuyên môn", "Giáo viên bộ môn", "Đề kiểm tra, kết quả đánh giá", "Tháng 10, 12/2036; tháng 3, 5/2037"),
    T128("3", "Bồi dưỡng học sinh giỏi cấp tỉnh; phụ đạo học sinh yếu, kém", "Phó Hiệu trưởng phụ trách chuyên môn", "Giáo viên chủ nhiệm; Ban đại diện cha mẹ học sinh", "Đạt 25 giải cấp tỉnh trở lên", "Cả năm học")),
  SK("II.", "Công tác giáo dục đạo đức, kỹ năng sống",
    T128("4", "Tổ chức Tuần sinh hoạt công dân đầu năm học; giáo dục an toàn giao thông, phòng chống ma túy", "Đoàn Thanh niên trường", "Công an phường; giáo viên chủ nhiệm", "100% học sinh tham gia", "Tuần đầu tháng 9/2036"),
    T128("5", "Tư vấn tâm lý học đường, hướng nghiệp cho học sinh lớp 12", "Tổ Tư vấn tâm lý", "Các trường đại học, cao đẳng trên địa bàn", "Các buổi tư vấn", "Học kỳ II")),
  SK("III.", "Công tác quản lý và cơ sở vật chất",
    T128("6", "Kiểm kê tài sản, sửa chữa phòng học, phòng thí nghiệm; mua sắm thiết bị dạy học tối thiểu", "Kế toán; Tổ Văn phòng", "Ban Cơ sở vật chất", "Biên bản kiểm kê; hồ sơ mua sắm", "Tháng 8/2036 và tháng 6/2037"),
    T128("7", "Sơ kết học kỳ I, tổng kết năm học", "Hiệu trưởng", "", "Báo cáo sơ kết, tổng kết", "Tháng 01/2037; tháng 5/2037"))]}
T129 = tasker("content", "lead", "coordinating", "timeframe", "deliverable")
P129 = {"schema": "annex/v1", "appendix": "01", "title": "PHÂN CÔNG NHIỆM VỤ TỔNG ĐIỀU TRA DÂN SỐ VÀ NHÀ Ở NĂM 2039 TRÊN ĐỊA BÀN TỈNH",
 "subtitle": "(Kèm theo Kế hoạch số 210/KH-BCĐ ngày 14/7/2038 của Ban Chỉ đạo Tổng điều tra dân số và nhà ở tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "deliverable"),
   ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian", "Dự kiến sản phẩm"], [0.05, 0.36, 0.15, 0.17, 0.12, 0.15])],
 "items": [
  SK("I", "Công tác chuẩn bị",
    T129("1", "Thành lập Ban Chỉ đạo và Tổ giúp việc Ban Chỉ đạo Tổng điều tra cấp tỉnh, cấp xã", "Thống kê tỉnh", "Sở Nội vụ; Ủy ban nhân dân các xã, phường", "Tháng 8/2038", "Quyết định thành lập"),
    T129("2", "Lập bảng kê số nhà, số hộ, số người; vẽ sơ đồ nền địa bàn điều tra:\n+ Rà soát, phân chia địa bàn;\n+ Cập nhật bản đồ số", "Ủy ban nhân dân các xã, phường", "Thống kê tỉnh; Công an tỉnh", "Tháng 9 - 11/2038", "Bảng kê, sơ đồ nền"),
    T129("3", "Tuyển chọn, tập huấn điều tra viên, tổ trưởng", "Thống kê tỉnh", "Trung tâm Chính trị các xã", "Tháng 02/2039", "Các lớp tập huấn")),
  SK("II", "Thu thập thông tin và xử lý số liệu",
    T129("4", "Thu thập thông tin tại địa bàn bằng thiết bị điện tử cầm tay (CAPI) và phiếu trực tuyến (Web form)", "Thống kê tỉnh", "Ban Chỉ đạo cấp xã", "Từ 01/4 đến 25/4/2039", "Dữ liệu điều tra"),
    T129("5", "Giám sát, kiểm tra chất lượng thông tin thu thập; phúc tra 5% địa bàn", "Tổ giúp việc Ban Chỉ đạo tỉnh", "Các thành viên Ban Chỉ đạo", "Tháng 4 - 5/2039", "Báo cáo giám sát"),
    T129("6", "Bảo đảm an ninh, an toàn thông tin; bảo mật dữ liệu cá nhân của người dân", "Công an tỉnh", "Sở Khoa học và Công nghệ; Viễn thông tỉnh", "Suốt thời gian điều tra", "")),
  SK("III", "Tổng kết",
    T129("7", "Công bố kết quả sơ bộ; biểu dương, khen thưởng tập thể, cá nhân có thành tích xuất sắc", "Ban Chỉ đạo tỉnh", "Sở Nội vụ (Ban Thi đua - Khen thưởng)", "Quý III/2039", "Quyết định khen thưởng"))]}
T130 = tasker("content", "lead", "coordinating", "timeframe", "note")
P130 = {"schema": "annex/v1", "appendix": "", "title": "KẾ HOẠCH BẢO ĐẢM AN NINH, TRẬT TỰ DỊP TẾT NGUYÊN ĐÁN BÍNH THÌN NĂM 2036",
 "subtitle": "(Ban hành kèm theo Kế hoạch số 03/KH-CAX ngày 02/01/2036 của Công an xã Tân Lập)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "note"),
   ["TT", "Nội dung", "Lực lượng chủ trì", "Lực lượng phối hợp", "Thời gian", "Ghi chú"], [0.06, 0.38, 0.15, 0.17, 0.12, 0.12])],
 "items": [
  SK("I", "CÔNG TÁC NẮM TÌNH HÌNH",
    T130("1", "Nắm chắc tình hình an ninh nông thôn, an ninh tôn giáo; phát hiện sớm các âm mưu, hoạt động chống phá", "Công an xã", "Ban Chỉ huy Quân sự xã", "Từ 01/01 đến 15/02/2036", ""),
    T130("2", "Rà soát, quản lý chặt chẽ các đối tượng hình sự, ma túy; người mới ra tù về địa phương", "Công an xã", "Trưởng các thôn; Mặt trận Tổ quốc xã", "Thường xuyên", "Lập danh sách theo dõi")),
  SK("II", "TUẦN TRA, KIỂM SOÁT",
    T130("3", "Tổ chức tuần tra, kiểm soát bảo đảm trật tự an toàn giao thông trên các tuyến đường liên thôn, liên xã", "Công an xã", "Đoàn Thanh niên xã; lực lượng bảo vệ an ninh, trật tự ở cơ sở", "Cao điểm từ 20 tháng Chạp đến mùng 10 tháng Giêng", "Trực 24/24 giờ"),
    T130("4", "Kiểm tra phòng cháy, chữa cháy tại chợ, các cơ sở kinh doanh dịch vụ, nơi tập trung đông người", "Công an xã", "Ban Quản lý chợ; các hộ kinh doanh", "Trước ngày 25/01/2036", ""),
    T130("5", "Bảo vệ an toàn các hoạt động vui xuân, đón giao thừa, lễ hội đầu năm", "Công an xã", "Ban Chỉ huy Quân sự xã; Đoàn Thanh niên xã", "Đêm giao thừa và các ngày Tết", "Phương án riêng")),
  SK("III", "CHẾ ĐỘ BÁO CÁO",
    T130("6", "Báo cáo kết quả bảo đảm an ninh, trật tự dịp Tết về Công an huyện", "Công an xã", "", "Trước ngày 20/02/2036", "Báo cáo bằng văn bản"))]}

# a hundred and thirty-one: a province's oil spill response tasks, "Kết quả, sản phẩm" before "Thời hạn",
# a task of sub-tasks "a)" "b)" after a colon, "Định kỳ 6 tháng", "02 năm/lần"
T131 = tasker("content", "lead", "coordinating", "deliverable", "timeframe")
P131 = {"schema": "annex/v1", "appendix": "02", "title": "NHIỆM VỤ ỨNG PHÓ SỰ CỐ TRÀN DẦU TRÊN BIỂN VÀ VÙNG CỬA SÔNG GIAI ĐOẠN 2037 - 2040",
 "subtitle": "(Kèm theo Kế hoạch số 88/KH-UBND ngày 03/4/2037 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "deliverable", "timeframe"),
   ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Kết quả, sản phẩm", "Thời hạn"], [0.05, 0.35, 0.16, 0.18, 0.14, 0.12])],
 "items": [
  SK("I", "PHÒNG NGỪA SỰ CỐ",
    T131("1", "Điều tra, đánh giá nguy cơ xảy ra sự cố tràn dầu tại các cảng biển, kho xăng dầu, tuyến luồng hàng hải; lập bản đồ nhạy cảm đường bờ", "Sở Nông nghiệp và Môi trường", "Cảng vụ Hàng hải; Ban Quản lý Khu kinh tế tỉnh; Ủy ban nhân dân các xã ven biển", "Bản đồ nhạy cảm đường bờ được phê duyệt", "Năm 2037"),
    T131("2", "Kiểm tra việc xây dựng, phê duyệt và diễn tập kế hoạch ứng phó sự cố tràn dầu của cơ sở:", "Sở Công Thương", "Cảnh sát Phòng cháy, chữa cháy và cứu nạn, cứu hộ", "", "",
      subs=(T131("a)", "Các cảng biển, cảng cá, khu neo đậu tránh trú bão", "Cảng vụ Hàng hải", "Chi cục Thủy sản", "Biên bản kiểm tra", "Định kỳ 6 tháng"),
            T131("b)", "Các cửa hàng, kho chứa xăng dầu ven sông, ven biển", "Sở Công Thương", "Công an tỉnh; Ủy ban nhân dân cấp xã", "Báo cáo kết quả kiểm tra", "Quý II hằng năm"))),
    T131("3", "Tuyên truyền, phổ biến kiến thức phòng ngừa, ứng phó sự cố tràn dầu cho ngư dân, chủ tàu thuyền và doanh nghiệp vận tải", "Ủy ban nhân dân các xã ven biển", "Hội Nghề cá tỉnh; Đài Phát thanh và Truyền hình tỉnh", "Tài liệu, phóng sự, tin bài", "Thường xuyên")),
  SK("II", "CHUẨN BỊ LỰC LƯỢNG, PHƯƠNG TIỆN",
    T131("4", "Kiện toàn Ban Chỉ huy Phòng thủ dân sự tỉnh; phân công lực lượng thường trực ứng phó sự cố tràn dầu 24/24 giờ", "Bộ Chỉ huy Quân sự tỉnh", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh; Công an tỉnh", "Quyết định kiện toàn", "Quý I/2037"),
    T131("5", "Đầu tư, bổ sung phao quây dầu, máy hút dầu, vật liệu thấm hút và tàu chuyên dụng cho Trung tâm ứng phó sự cố", "Sở Tài chính", "Sở Nông nghiệp và Môi trường; Bộ Chỉ huy Quân sự tỉnh", "Danh mục trang thiết bị được đầu tư", "2037 - 2039"),
    T131("6", "Tổ chức diễn tập ứng phó sự cố tràn dầu cấp tỉnh có sự tham gia của doanh nghiệp cảng, kho xăng dầu", "Bộ Chỉ huy Quân sự tỉnh", "Các sở, ngành; doanh nghiệp có liên quan", "Cuộc diễn tập", "02 năm/lần")),
  SK("III", "KHẮC PHỤC HẬU QUẢ VÀ BÁO CÁO",
    T131("7", "Hướng dẫn thu gom, vận chuyển, xử lý chất thải nhiễm dầu; đánh giá thiệt hại môi trường và yêu cầu bồi thường", "Sở Nông nghiệp và Môi trường", "Sở Tư pháp; Sở Y tế; Ủy ban nhân dân cấp xã nơi xảy ra sự cố", "Báo cáo đánh giá thiệt hại", "Ngay khi xảy ra sự cố"),
    T131("8", "Tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Ủy ban Quốc gia Ứng phó sự cố, thiên tai và Tìm kiếm cứu nạn", "Bộ Chỉ huy Quân sự tỉnh", "", "Báo cáo", "Trước ngày 15/12 hằng năm"))]}
# a hundred and thirty-two: a commune's crop restructuring plan in parts A (with sections) and B, a narrow
# "Chỉ tiêu" column ("45 ha") after the content, funding in words and sums, seven columns
T132 = tasker("content", "extra:Chỉ tiêu", "lead", "coordinating", "funding", "timeframe")
P132 = {"schema": "annex/v1", "appendix": "", "title": "KẾ HOẠCH CHUYỂN ĐỔI CƠ CẤU CÂY TRỒNG TRÊN ĐẤT TRỒNG LÚA KÉM HIỆU QUẢ NĂM 2038",
 "subtitle": "(Kèm theo Kế hoạch số 19/KH-UBND ngày 20/01/2038 của Ủy ban nhân dân xã Hòa Bình)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "extra", "lead", "coordinating", "funding", "timeframe"),
   ["TT", "Nội dung thực hiện", "Chỉ tiêu", "Đơn vị chủ trì", "Đơn vị phối hợp", "Kinh phí", "Thời gian"], [0.05, 0.29, 0.11, 0.14, 0.16, 0.13, 0.12])],
 "items": [
  {"kind": "part", "number": "A", "title": "CHUYỂN ĐỔI SẢN XUẤT", "items": [
   SK("I", "Cây hằng năm",
    T132("1", "Chuyển đổi diện tích lúa vùng cao, thiếu nước tưới sang trồng ngô sinh khối, đậu tương", "45 ha", "Phòng Kinh tế", "Hợp tác xã Nông nghiệp; các thôn", "Ngân sách xã hỗ trợ giống 50%", "Vụ Đông Xuân 2037 - 2038"),
    T132("2", "Trồng rau màu an toàn theo chuỗi liên kết tiêu thụ với doanh nghiệp", "12 ha", "Hợp tác xã Nông nghiệp", "Phòng Kinh tế; Hội Nông dân xã", "Vốn doanh nghiệp và người dân", "Vụ Hè Thu")),
   SK("II", "Cây lâu năm và thủy sản",
    T132("3", "Chuyển đổi sang trồng cây ăn quả có múi, áp dụng tưới tiết kiệm nước", "20 ha", "Ủy ban nhân dân xã", "Trung tâm Dịch vụ nông nghiệp; các hộ tham gia", "Lồng ghép Chương trình mục tiêu quốc gia", "Năm 2038"),
    T132("4", "Kết hợp trồng lúa - nuôi cá trên ruộng trũng", "8 ha", "Phòng Kinh tế", "Hội Nông dân xã", "", "Tháng 3 - 10/2038"))]},
  {"kind": "part", "number": "B", "title": "GIẢI PHÁP HỖ TRỢ", "items": [
    T132("5", "Tập huấn kỹ thuật canh tác, quy trình VietGAP cho nông dân", "04 lớp", "Trung tâm Dịch vụ nông nghiệp", "Hội Nông dân xã", "30 triệu đồng", "Quý I, Quý III"),
    T132("6", "Xây dựng mô hình trình diễn, tổ chức hội nghị đầu bờ nhân rộng mô hình hiệu quả", "02 mô hình", "Phòng Kinh tế", "Hợp tác xã Nông nghiệp", "Ngân sách tỉnh", "Cuối vụ"),
    T132("7", "Kiểm tra, tổng hợp kết quả chuyển đổi; báo cáo Ủy ban nhân dân xã", "", "Phòng Kinh tế", "Các thôn", "Không", "Trước 15/11/2038")]}]}
# a hundred and thirty-three: a ministry's tasks for a new law, "Hình thức văn bản" last (the product:
# "Nghị định của Chính phủ"), a content with a colon and "- " items, long lists of ministries
T133 = tasker("content", "lead", "coordinating", "timeframe", "deliverable")
P133 = {"schema": "annex/v1", "appendix": "I", "title": "DANH MỤC NHIỆM VỤ TRIỂN KHAI THI HÀNH LUẬT DỮ LIỆU CỦA BỘ",
 "subtitle": "(Ban hành kèm theo Quyết định số 1245/QĐ-BKHCN ngày 18/6/2037 của Bộ trưởng Bộ Khoa học và Công nghệ)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "deliverable"),
   ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Hình thức văn bản"], [0.05, 0.33, 0.15, 0.21, 0.12, 0.14])],
 "items": [
  SK("I", "XÂY DỰNG VĂN BẢN QUY ĐỊNH CHI TIẾT",
    T133("1", "Nghị định quy định chi tiết về phân loại, quản lý dữ liệu cốt lõi, dữ liệu quan trọng", "Cục Chuyển đổi số quốc gia", "Bộ Công an; Bộ Quốc phòng; các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", "Tháng 9/2037", "Nghị định của Chính phủ"),
    T133("2", "Thông tư hướng dẫn tiêu chuẩn, quy chuẩn kỹ thuật về dữ liệu mở:\n- Định dạng, siêu dữ liệu;\n- Giấy phép sử dụng dữ liệu mở", "Viện Công nghệ số và Chuyển đổi số quốc gia", "Vụ Pháp chế; Vụ Khoa học và Công nghệ các ngành kinh tế - kỹ thuật", "Quý IV/2037", "Thông tư của Bộ trưởng")),
  SK("II", "TUYÊN TRUYỀN, PHỔ BIẾN, TẬP HUẤN",
    T133("3", "Tổ chức hội nghị phổ biến Luật Dữ liệu cho cán bộ, công chức các bộ, ngành, địa phương", "Vụ Pháp chế", "Trung tâm Truyền thông khoa học và công nghệ; Sở Khoa học và Công nghệ các tỉnh, thành phố", "Tháng 7 - 8/2037", "Hội nghị"),
    T133("4", "Biên soạn tài liệu hỏi - đáp về Luật Dữ liệu", "Vụ Pháp chế", "Báo VnExpress; Tạp chí Khoa học và Công nghệ Việt Nam", "Năm 2037", "Tài liệu")),
  SK("III", "RÀ SOÁT, KIỂM TRA",
    T133("5", "Rà soát văn bản quy phạm pháp luật có liên quan để sửa đổi, bổ sung, thay thế hoặc bãi bỏ cho phù hợp với Luật Dữ liệu", "Vụ Pháp chế", "Các đơn vị thuộc Bộ", "Thường xuyên", "Báo cáo rà soát"),
    T133("6", "Kiểm tra, đánh giá tình hình thi hành Luật; tổng hợp vướng mắc, kiến nghị", "Thanh tra Bộ", "Cục Chuyển đổi số quốc gia; Vụ Pháp chế", "Hằng năm", "Báo cáo của Bộ"))]}
# a hundred and thirty-four: a district's dengue plan, tasks with no sections, "Đơn vị thực hiện" for the lead,
# "Kinh phí (triệu đồng)" in numbers ("85,5") and a notes column
T134 = tasker("content", "lead", "coordinating", "timeframe", "funding", "note")
P134 = {"schema": "annex/v1", "appendix": "02", "title": "KẾ HOẠCH HOẠT ĐỘNG PHÒNG, CHỐNG SỐT XUẤT HUYẾT NĂM 2037",
 "subtitle": "(Kèm theo Kế hoạch số 45/KH-UBND ngày 10/3/2037 của Ủy ban nhân dân huyện Đức Thọ)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "funding", "note"),
   ["TT", "Hoạt động", "Đơn vị thực hiện", "Đơn vị phối hợp", "Thời gian", "Kinh phí (triệu đồng)", "Ghi chú"], [0.05, 0.31, 0.15, 0.16, 0.12, 0.1, 0.11])],
 "items": [
  T134("1", "Tổ chức chiến dịch diệt lăng quăng/bọ gậy tại các xã có ổ dịch cũ, trọng điểm", "Trung tâm Y tế huyện", "Ủy ban nhân dân các xã, thị trấn", "Tháng 4 và tháng 8", "120", "Ngân sách huyện"),
  T134("2", "Giám sát véc tơ, ca bệnh; xử lý triệt để ổ dịch trong vòng 48 giờ kể từ khi phát hiện", "Trung tâm Y tế huyện", "Trạm Y tế các xã", "Trong mùa dịch", "85,5", ""),
  T134("3", "Truyền thông thay đổi hành vi: phát tờ rơi, loa lưu động, tin bài trên hệ thống truyền thanh cơ sở", "Trung tâm Văn hóa - Truyền thông huyện", "Hội Liên hiệp Phụ nữ huyện; Đoàn Thanh niên", "Từ tháng 5 đến tháng 11", "40", "Lồng ghép chương trình mục tiêu"),
  T134("4", "Tập huấn chẩn đoán, điều trị sốt xuất huyết Dengue cho nhân viên y tế tuyến xã", "Bệnh viện Đa khoa huyện", "Trung tâm Y tế huyện", "Trước mùa mưa", "25", ""),
  T134("5", "Dự trữ hóa chất, máy phun, vật tư y tế sẵn sàng đáp ứng khi dịch bùng phát", "Trung tâm Y tế huyện", "Phòng Tài chính - Kế hoạch", "Quý II", "300", "Xin bổ sung dự toán"),
  T134("6", "Kiểm tra, giám sát công tác phòng chống dịch tại các xã; sơ kết 6 tháng, tổng kết năm", "Ban Chỉ đạo phòng, chống dịch bệnh huyện", "Các thành viên Ban Chỉ đạo", "Tháng 6, tháng 12", "15", "")]}
# a hundred and thirty-five: a night-economy scheme's tasks, sub-tasks numbered "1.1" under a task, a lead
# with its role in brackets, a title in quotes, "Tối thứ Bảy hằng tuần"
T135 = tasker("content", "lead", "coordinating", "deliverable", "timeframe")
P135 = {"schema": "annex/v1", "appendix": "03", "title": "PHÂN CÔNG NHIỆM VỤ THỰC HIỆN ĐỀ ÁN PHÁT TRIỂN KINH TẾ BAN ĐÊM GIAI ĐOẠN 2038 - 2042",
 "subtitle": "(Kèm theo Quyết định số 702/QĐ-UBND ngày 05/5/2038 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "deliverable", "timeframe"),
   ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Sản phẩm", "Thời gian thực hiện"], [0.06, 0.32, 0.16, 0.18, 0.15, 0.13])],
 "items": [
  SK("I", "HOÀN THIỆN CƠ CHẾ, CHÍNH SÁCH",
    T135("1", "Xây dựng cơ chế khuyến khích phát triển các mô hình kinh tế ban đêm", "Sở Tài chính (cơ quan thường trực)", "Sở Văn hóa, Thể thao và Du lịch; Sở Công Thương", "Nghị quyết của Hội đồng nhân dân tỉnh", "Quý III/2038",
      subs=(T135("1.1", "Khảo sát, đánh giá thực trạng hoạt động kinh doanh dịch vụ ban đêm tại các đô thị", "Sở Công Thương", "Ủy ban nhân dân các phường", "Báo cáo khảo sát", "Tháng 6/2038"),
            T135("1.2", "Lấy ý kiến doanh nghiệp, hiệp hội về dự thảo chính sách", "Sở Tài chính", "Hiệp hội Doanh nghiệp tỉnh", "Báo cáo tổng hợp ý kiến", "Tháng 7/2038"))),
    T135("2", "Quy định khu vực, tuyến phố được kinh doanh dịch vụ ban đêm đến 02 giờ sáng", "Ủy ban nhân dân các phường", "Công an tỉnh; Sở Xây dựng", "Quyết định công nhận", "Trước ngày 30/9/2038")),
  SK("II", "PHÁT TRIỂN SẢN PHẨM, DỊCH VỤ",
    T135("3", "Tổ chức chương trình “Đêm phố cổ” với biểu diễn nghệ thuật đường phố, ẩm thực truyền thống", "Sở Văn hóa, Thể thao và Du lịch", "Nhà hát Nghệ thuật truyền thống tỉnh; Hội Văn học nghệ thuật", "Chương trình định kỳ", "Tối thứ Bảy hằng tuần"),
    T135("4", "Phát triển chợ đêm, phố đi bộ gắn với không gian văn hóa", "Ủy ban nhân dân thành phố", "Ban Quản lý chợ; các hộ kinh doanh", "Chợ đêm, phố đi bộ được đưa vào hoạt động", "2038 - 2039"),
    T135("5", "Bảo đảm an ninh, trật tự, phòng cháy, chữa cháy tại các khu vực hoạt động ban đêm", "Công an tỉnh", "Ủy ban nhân dân các phường", "Phương án bảo đảm an ninh", "Thường xuyên")),
  SK("III", "TỔ CHỨC THỰC HIỆN",
    T135("6", "Sơ kết, đánh giá kết quả thực hiện Đề án; đề xuất điều chỉnh", "Sở Tài chính", "Các sở, ban, ngành; Ủy ban nhân dân cấp xã", "Báo cáo sơ kết", "Năm 2040"))]}
# a hundred and thirty-six: an admissions timetable with the lead BEFORE the content ("Đơn vị thực hiện"
# | "Nội dung công việc"), then the time and notes
T136 = tasker("lead", "content", "timeframe", "note")
P136 = {"schema": "annex/v1", "appendix": "", "title": "LỊCH TRIỂN KHAI CÔNG TÁC TUYỂN SINH VÀO LỚP 10 NĂM HỌC 2038 - 2039",
 "subtitle": "(Kèm theo Kế hoạch số 210/KH-SGDĐT ngày 02/3/2038 của Sở Giáo dục và Đào tạo)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "lead", "content", "timeframe", "note"),
   ["TT", "Đơn vị thực hiện", "Nội dung công việc", "Thời gian", "Ghi chú"], [0.06, 0.2, 0.44, 0.16, 0.14])],
 "items": [
  SK("I", "CHUẨN BỊ",
    T136("1", "Phòng Quản lý chất lượng", "Xây dựng, ban hành hướng dẫn tuyển sinh; công bố chỉ tiêu tuyển sinh của từng trường", "Trước 15/3/2038", ""),
    T136("2", "Các trường trung học cơ sở", "Tổ chức cho học sinh lớp 9 đăng ký dự tuyển trực tuyến; hướng dẫn phụ huynh kê khai hồ sơ", "Từ 01/4 đến 20/4/2038", "Qua Cổng dịch vụ công")),
  SK("II", "TỔ CHỨC THI",
    T136("3", "Hội đồng ra đề thi", "Ra đề thi các môn Ngữ văn, Toán, Tiếng Anh và môn chuyên", "Tháng 5/2038", "Cách ly theo quy định"),
    T136("4", "Các Hội đồng coi thi", "Tổ chức coi thi tại các điểm thi", "Ngày 03 và 04/6/2038", ""),
    T136("5", "Hội đồng chấm thi", "Chấm thi, phúc khảo; công bố điểm chuẩn", "Từ 06/6 đến 25/6/2038", "Công khai trên Cổng thông tin điện tử")),
  SK("III", "XÉT TUYỂN VÀ BÁO CÁO",
    T136("6", "Phòng Quản lý chất lượng", "Tổng hợp kết quả tuyển sinh, báo cáo Bộ Giáo dục và Đào tạo", "Trước 31/7/2038", ""))]}
# a hundred and thirty-seven: a digital economy action programme in parts A (with sections) and B,
# capitalised headers ("NHIỆM VỤ, GIẢI PHÁP", "KẾT QUẢ/SẢN PHẨM"), items "(i) …; (ii) …", "Sở KH&CN", "MTTQ tỉnh"
T137 = tasker("content", "lead", "coordinating", "timeframe", "deliverable")
P137 = {"schema": "annex/v1", "appendix": "01", "title": "CHƯƠNG TRÌNH HÀNH ĐỘNG THỰC HIỆN NGHỊ QUYẾT VỀ PHÁT TRIỂN KINH TẾ SỐ, XÃ HỘI SỐ ĐẾN NĂM 2040",
 "subtitle": "(Kèm theo Quyết định số 1890/QĐ-UBND ngày 12/10/2039 của UBND tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "deliverable"),
   ["STT", "NHIỆM VỤ, GIẢI PHÁP", "CƠ QUAN CHỦ TRÌ", "CƠ QUAN PHỐI HỢP", "THỜI HẠN HOÀN THÀNH", "KẾT QUẢ/SẢN PHẨM"], [0.05, 0.34, 0.14, 0.17, 0.13, 0.17])],
 "items": [
  {"kind": "part", "number": "A", "title": "NHIỆM VỤ TRỌNG TÂM", "items": [
   SK("I", "PHÁT TRIỂN HẠ TẦNG SỐ",
    T137("1", "Phủ sóng di động 5G tại 100% khu công nghiệp, khu du lịch; (i) rà soát điểm lõm sóng; (ii) chia sẻ hạ tầng viễn thông thụ động", "Sở KH&CN", "Các doanh nghiệp viễn thông; UBND cấp xã", "Năm 2040", "Báo cáo kết quả phủ sóng"),
    T137("2", "Xây dựng trung tâm dữ liệu tỉnh kết nối Trung tâm dữ liệu quốc gia", "Sở KH&CN", "Công an tỉnh; Sở Tài chính", "Năm 2039 và hằng năm", "Trung tâm dữ liệu vận hành")),
   SK("II", "PHÁT TRIỂN KINH TẾ SỐ",
    T137("3", "Hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số, ứng dụng nền tảng số trong quản trị, bán hàng", "Sở Công Thương", "Hiệp hội Doanh nghiệp tỉnh; MTTQ tỉnh", "Hằng năm", "Số doanh nghiệp được hỗ trợ"),
    T137("4", "Đưa sản phẩm OCOP lên sàn thương mại điện tử", "Sở Công Thương", "Sở Nông nghiệp và Môi trường; UBND cấp xã", "Quý II hằng năm", "Gian hàng trên sàn"))]},
  {"kind": "part", "number": "B", "title": "GIẢI PHÁP BẢO ĐẢM", "items": [
    T137("5", "Bố trí kinh phí thực hiện Chương trình trong dự toán ngân sách hằng năm", "Sở Tài chính", "Các cơ quan, đơn vị liên quan", "Tháng 11 hằng năm", "Quyết định giao dự toán"),
    T137("6", "Đào tạo, bồi dưỡng kỹ năng số cho cán bộ, công chức, viên chức và người dân", "Sở Nội vụ", "Sở KH&CN; Tỉnh đoàn; Hội LHPN tỉnh", "Năm 2039 - 2040", "Các lớp bồi dưỡng")]}]}
# a hundred and thirty-eight: a hospital quality plan led by "Khoa/phòng chủ trì", sentence-case
# sections, an extra "Chỉ số đánh giá" column last ("Tỷ lệ tuân thủ ≥ 85%")
T138 = tasker("content", "lead", "coordinating", "timeframe", "extra:Chỉ số đánh giá")
P138 = {"schema": "annex/v1", "appendix": "", "title": "KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG BỆNH VIỆN NĂM 2039",
 "subtitle": "(Ban hành kèm theo Quyết định số 88/QĐ-BV ngày 08/01/2039 của Giám đốc Bệnh viện Đa khoa tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "extra"),
   ["TT", "Nội dung", "Khoa/phòng chủ trì", "Khoa/phòng phối hợp", "Thời gian", "Chỉ số đánh giá"], [0.05, 0.33, 0.15, 0.17, 0.12, 0.18])],
 "items": [
  SK("I", "An toàn người bệnh",
    T138("1", "Triển khai bảng kiểm an toàn phẫu thuật tại tất cả các phòng mổ", "Khoa Gây mê hồi sức", "Phòng Quản lý chất lượng; các khoa Ngoại", "Từ tháng 01/2039", "100% ca phẫu thuật có bảng kiểm"),
    T138("2", "Giám sát tuân thủ vệ sinh tay của nhân viên y tế", "Khoa Kiểm soát nhiễm khuẩn", "Phòng Điều dưỡng", "Hằng tháng", "Tỷ lệ tuân thủ ≥ 85%")),
  SK("II", "Hài lòng người bệnh",
    T138("3", "Khảo sát sự hài lòng người bệnh nội trú, ngoại trú theo mẫu của Bộ Y tế", "Phòng Quản lý chất lượng", "Phòng Công tác xã hội", "Quý II, Quý IV", "Tỷ lệ hài lòng ≥ 90%"),
    T138("4", "Rút ngắn thời gian chờ khám bệnh; triển khai đặt lịch khám trực tuyến", "Khoa Khám bệnh", "Phòng Công nghệ thông tin; Phòng Kế hoạch tổng hợp", "Tháng 3/2039", "Thời gian chờ dưới 60 phút"),
    T138("5", "Tập huấn kỹ năng giao tiếp, ứng xử cho điều dưỡng, hộ lý", "Phòng Điều dưỡng", "Phòng Công tác xã hội", "Tháng 4 và tháng 10", "02 lớp, 200 lượt người")),
  SK("III", "Đánh giá",
    T138("6", "Tự đánh giá chất lượng bệnh viện theo Bộ tiêu chí; báo cáo Sở Y tế", "Phòng Quản lý chất lượng", "Các khoa, phòng", "Trước 15/12/2039", "Điểm trung bình ≥ 3,8"))]}
# a hundred and thirty-nine: a district's forest fire plan, "Cơ quan thực hiện" for the lead, funding last
# in thousands ("1.250.000"), "Hạt Kiểm lâm", "Tổ đội bảo vệ rừng", a content with a colon
T139 = tasker("content", "lead", "coordinating", "timeframe", "funding")
P139 = {"schema": "annex/v1", "appendix": "02", "title": "KẾ HOẠCH PHÒNG CHÁY, CHỮA CHÁY RỪNG MÙA KHÔ NĂM 2039 - 2040",
 "subtitle": "(Kèm theo Kế hoạch số 301/KH-UBND ngày 20/11/2039 của Ủy ban nhân dân huyện Hướng Hóa)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "funding"),
   ["STT", "Nội dung công việc", "Cơ quan thực hiện", "Cơ quan phối hợp", "Thời gian", "Dự toán kinh phí (nghìn đồng)"], [0.06, 0.34, 0.16, 0.18, 0.12, 0.14])],
 "items": [
  SK("I", "CÔNG TÁC CHUẨN BỊ",
    T139("1", "Kiện toàn Ban Chỉ huy các vấn đề cấp bách trong bảo vệ và phát triển rừng cấp huyện, cấp xã", "Hạt Kiểm lâm", "Phòng Nông nghiệp và Môi trường; UBND các xã", "Tháng 11/2039", ""),
    T139("2", "Xây dựng phương án chữa cháy rừng theo phương châm “bốn tại chỗ” tại các vùng trọng điểm", "Ban Quản lý rừng phòng hộ", "Hạt Kiểm lâm; Công an huyện; Ban Chỉ huy Quân sự huyện", "Trước 15/12/2039", "45.000"),
    T139("3", "Mua sắm, sửa chữa dụng cụ chữa cháy: bàn dập lửa, máy thổi gió, bình chữa cháy đeo vai", "Hạt Kiểm lâm", "Phòng Tài chính - Kế hoạch", "Quý IV/2039", "1.250.000")),
  SK("II", "TỔ CHỨC THỰC HIỆN",
    T139("4", "Tuyên truyền, ký cam kết bảo vệ rừng với hộ gia đình sống gần rừng", "UBND các xã", "Hạt Kiểm lâm; Đồn Biên phòng", "Tháng 12/2039 - 01/2040", "60.000"),
    T139("5", "Tổ chức trực cháy 24/24 giờ trong những ngày nắng nóng cấp IV, cấp V", "Tổ đội bảo vệ rừng", "Kiểm lâm địa bàn; lực lượng dân quân", "Từ tháng 4 đến hết tháng 8/2040", "320.000"),
    T139("6", "Diễn tập chữa cháy rừng cấp xã", "UBND xã Tân Hợp", "Ban Chỉ huy Quân sự huyện; Hạt Kiểm lâm", "Tháng 3/2040", "80.000")),
  SK("III", "SƠ KẾT, TỔNG KẾT",
    T139("7", "Tổng kết công tác phòng cháy, chữa cháy rừng mùa khô; khen thưởng tập thể, cá nhân", "Hạt Kiểm lâm", "Phòng Nội vụ", "Tháng 9/2040", "15.000"))]}
# a hundred and forty: a commune's model new-rural tasks with the product right after the task and
# short heads "Sản phẩm", "Chủ trì", "Phối hợp", "Thời hạn"; sentence-case sections
T140 = tasker("content", "deliverable", "lead", "coordinating", "timeframe")
P140 = {"schema": "annex/v1", "appendix": "IV", "title": "NHIỆM VỤ XÂY DỰNG XÃ ĐẠT CHUẨN NÔNG THÔN MỚI KIỂU MẪU NĂM 2040",
 "subtitle": "(Kèm theo Kế hoạch số 12/KH-UBND ngày 06/01/2040 của UBND xã Phú Lộc)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "deliverable", "lead", "coordinating", "timeframe"),
   ["STT", "Nhiệm vụ", "Sản phẩm", "Chủ trì", "Phối hợp", "Thời hạn"], [0.06, 0.36, 0.16, 0.14, 0.16, 0.12])],
 "items": [
  SK("I", "Tiêu chí về cảnh quan, môi trường",
    T140("1", "Trồng hoa, cây xanh trên các tuyến đường trục xã, trục thôn; mỗi thôn có ít nhất 01 tuyến đường hoa", "05 tuyến đường hoa", "Hội Liên hiệp Phụ nữ xã", "Các thôn; Đoàn Thanh niên", "Tháng 3 - 6/2040"),
    T140("2", "Phân loại rác thải tại nguồn; xây dựng mô hình ủ phân hữu cơ từ phụ phẩm nông nghiệp", "Mô hình tại 08 thôn", "Công chức Nông nghiệp - Môi trường", "Hội Nông dân xã", "Năm 2040")),
  SK("II", "Tiêu chí về đời sống văn hóa",
    T140("3", "Duy trì hoạt động câu lạc bộ văn nghệ, thể thao tại nhà văn hóa thôn", "10 câu lạc bộ", "Công chức Văn hóa - Xã hội", "Trưởng các thôn", "Thường xuyên"),
    T140("4", "Xây dựng thôn văn hóa kiểu mẫu gắn với phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”", "Quyết định công nhận", "Ủy ban Mặt trận Tổ quốc xã", "Ban công tác Mặt trận các thôn", "Tháng 11/2040")),
  SK("III", "Hồ sơ, thủ tục",
    T140("5", "Hoàn thiện hồ sơ đề nghị xét, công nhận xã đạt chuẩn nông thôn mới kiểu mẫu", "Bộ hồ sơ", "Văn phòng - Thống kê xã", "Các ban, ngành đoàn thể", "Trước 30/11/2040"))]}
# a hundred and forty-one: a province's OCOP product tasks with "Kết quả đầu ra" before the time, "(Ban
# hành kèm theo …)", lettered sub-tasks of task 3, one with no coordinating unit
T141 = tasker("content", "lead", "coordinating", "deliverable", "timeframe")
P141 = {"schema": "annex/v1", "appendix": "03", "title": "NHIỆM VỤ PHÁT TRIỂN SẢN PHẨM MỖI XÃ MỘT SẢN PHẨM (OCOP) GIAI ĐOẠN 2041 - 2043",
 "subtitle": "(Ban hành kèm theo Kế hoạch số 77/KH-UBND ngày 05/3/2041 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "deliverable", "timeframe"),
   ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Kết quả đầu ra", "Thời gian thực hiện"], [0.05, 0.31, 0.17, 0.19, 0.17, 0.11])],
 "items": [
  SK("I", "Hoàn thiện cơ chế, chính sách",
    T141("1", "Rà soát, sửa đổi chính sách hỗ trợ chủ thể OCOP về thiết kế bao bì, nhãn mác, truy xuất nguồn gốc và xúc tiến thương mại", "Sở Công Thương", "Sở Tài chính; Sở Khoa học và Công nghệ; Sở Tư pháp", "Nghị quyết của Hội đồng nhân dân tỉnh", "Quý II/2041"),
    T141("2", "Ban hành bộ tiêu chí đánh giá, phân hạng sản phẩm cấp tỉnh bổ sung nhóm dịch vụ du lịch nông thôn", "Văn phòng Điều phối nông thôn mới tỉnh", "Sở Văn hóa, Thể thao và Du lịch", "Quyết định của Ủy ban nhân dân tỉnh", "Tháng 8/2041")),
  SK("II", "Nâng cao chất lượng sản phẩm",
    T141("3", "Hỗ trợ chủ thể hoàn thiện tiêu chuẩn cơ sở, công bố chất lượng sản phẩm", "Sở Khoa học và Công nghệ", "Ủy ban nhân dân các huyện, thị xã, thành phố", "Hồ sơ tiêu chuẩn cơ sở của 60 sản phẩm", "Năm 2041 - 2042", subs=[
      T141("a)", "Tập huấn xây dựng tiêu chuẩn cơ sở cho hợp tác xã, tổ hợp tác", "Chi cục Tiêu chuẩn Đo lường Chất lượng", "Liên minh Hợp tác xã tỉnh", "04 lớp tập huấn", "6 tháng đầu năm 2041"),
      T141("b)", "Hỗ trợ kiểm nghiệm mẫu sản phẩm tham gia đánh giá, phân hạng", "Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng", "", "Phiếu kết quả thử nghiệm", "Theo đợt đánh giá")]),
    T141("4", "Ứng dụng tem điện tử truy xuất nguồn gốc cho sản phẩm đạt 4 sao trở lên", "Sở Khoa học và Công nghệ", "Các chủ thể OCOP; doanh nghiệp cung cấp giải pháp", "100% sản phẩm 4 sao có tem truy xuất", "Đến hết năm 2042")),
  SK("III", "Xúc tiến thương mại, quảng bá sản phẩm",
    T141("5", "Tổ chức Hội chợ sản phẩm OCOP và hàng nông sản tiêu biểu của tỉnh", "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch", "Sở Công Thương; Hội Doanh nghiệp tỉnh", "01 hội chợ/năm", "Tháng 10 hằng năm"),
    T141("6", "Đưa sản phẩm OCOP lên các sàn thương mại điện tử; hỗ trợ livestream bán hàng", "Sở Công Thương", "Bưu điện tỉnh; Tỉnh Đoàn", "Gian hàng trên sàn giao dịch", "Thường xuyên"),
    T141("7", "Xây dựng điểm giới thiệu và bán sản phẩm OCOP tại các khu, điểm du lịch", "Ủy ban nhân dân cấp huyện", "Sở Văn hóa, Thể thao và Du lịch; Sở Công Thương", "Ít nhất 01 điểm/huyện", "2041 - 2043")),
  SK("IV", "Tổ chức thực hiện",
    T141("8", "Kiểm tra, giám sát việc duy trì chất lượng sản phẩm sau công nhận; thu hồi Giấy chứng nhận đối với sản phẩm vi phạm", "Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh", "Các sở, ngành thành viên", "Báo cáo kết quả kiểm tra", "Hằng năm"),
    T141("9", "Sơ kết, đánh giá kết quả thực hiện Kế hoạch", "Văn phòng Điều phối nông thôn mới tỉnh", "Các sở, ngành; Ủy ban nhân dân cấp huyện", "Báo cáo sơ kết", "Quý IV/2042"))]}
# a hundred and forty-two: a town's domestic-violence prevention activities, "PHỤ LỤC" with no number,
# "TT", "Ghi chú" last and often empty, capitalised sections
T142 = tasker("content", "lead", "coordinating", "timeframe", "note")
P142 = {"schema": "annex/v1", "appendix": "", "title": "CÁC HOẠT ĐỘNG PHÒNG, CHỐNG BẠO LỰC GIA ĐÌNH NĂM 2042",
 "subtitle": "(Kèm theo Kế hoạch số 19/KH-UBND ngày 14/01/2042 của Ủy ban nhân dân thị xã Hoàng Mai)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "note"),
   ["TT", "Hoạt động", "Cơ quan thực hiện", "Cơ quan phối hợp", "Thời gian", "Ghi chú"], [0.06, 0.36, 0.17, 0.19, 0.12, 0.10])],
 "items": [
  SK("I", "TRUYỀN THÔNG, GIÁO DỤC",
    T142("1", "Treo băng rôn, khẩu hiệu hưởng ứng Tháng hành động quốc gia phòng, chống bạo lực gia đình", "Phòng Văn hóa, Khoa học và Thông tin", "UBND các phường, xã", "Tháng 6/2042", ""),
    T142("2", "Tổ chức nói chuyện chuyên đề về kỹ năng ứng xử trong gia đình cho hội viên phụ nữ, đoàn viên thanh niên", "Hội Liên hiệp Phụ nữ thị xã", "Thị đoàn; Trung tâm Văn hóa - Thể thao và Truyền thông", "Quý II, Quý III", "Lồng ghép sinh hoạt chi hội"),
    T142("3", "Phát sóng chuyên mục “Gia đình hạnh phúc” trên hệ thống truyền thanh cơ sở", "Trung tâm Văn hóa - Thể thao và Truyền thông", "", "Hằng tháng", "")),
  SK("II", "HỖ TRỢ, CAN THIỆP",
    T142("4", "Củng cố, duy trì hoạt động của địa chỉ tin cậy tại cộng đồng; cập nhật danh sách người có uy tín làm đầu mối tiếp nhận tin báo", "UBND các phường, xã", "Công an thị xã; Hội Liên hiệp Phụ nữ thị xã", "Thường xuyên", "Mỗi phường, xã ít nhất 01 địa chỉ"),
    T142("5", "Tập huấn nghiệp vụ cho đội ngũ cán bộ làm công tác gia đình cấp xã", "Phòng Văn hóa, Khoa học và Thông tin", "Phòng Tư pháp", "Tháng 4/2042", "Kinh phí sự nghiệp văn hóa"),
    T142("6", "Xử lý nghiêm các hành vi bạo lực gia đình theo quy định của pháp luật", "Công an thị xã", "Tòa án nhân dân khu vực; Viện Kiểm sát nhân dân thị xã", "Khi phát sinh", "")),
  SK("III", "KIỂM TRA, BÁO CÁO",
    T142("7", "Kiểm tra việc thực hiện Luật Phòng, chống bạo lực gia đình tại một số phường, xã", "Phòng Văn hóa, Khoa học và Thông tin", "Các cơ quan thành viên Ban Chỉ đạo", "Tháng 10/2042", "Theo kế hoạch kiểm tra"),
    T142("8", "Báo cáo kết quả công tác phòng, chống bạo lực gia đình năm 2042", "Phòng Văn hóa, Khoa học và Thông tin", "UBND các phường, xã", "Trước ngày 05/12/2042", ""))]}
# a hundred and forty-three: a ministry's tasks to carry out a revised road law, in parts A and B each
# numbering its sections from I, tasks "1." numbered on across parts, "(Ban hành kèm theo Quyết định …)"
T143 = tasker("content", "lead", "coordinating", "deliverable", "timeframe")
P143 = {"schema": "annex/v1", "appendix": "I", "title": "DANH MỤC NHIỆM VỤ TRIỂN KHAI THI HÀNH LUẬT ĐƯỜNG BỘ SỬA ĐỔI",
 "subtitle": "(Ban hành kèm theo Quyết định số 1502/QĐ-BXD ngày 12/9/2043 của Bộ trưởng Bộ Xây dựng)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "deliverable", "timeframe"),
   ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Sản phẩm", "Thời hạn hoàn thành"], [0.05, 0.33, 0.16, 0.18, 0.16, 0.12])],
 "items": [
  SK("A", "XÂY DỰNG VĂN BẢN QUY ĐỊNH CHI TIẾT", kind="part", *[
   SK("I", "Văn bản thuộc thẩm quyền của Chính phủ",
    T143("1.", "Nghị định quy định về quản lý, khai thác và bảo trì kết cấu hạ tầng đường bộ", "Cục Đường bộ Việt Nam", "Vụ Kết cấu hạ tầng giao thông; Vụ Pháp chế", "Nghị định của Chính phủ", "Quý II/2044"),
    T143("2.", "Nghị định quy định về kinh doanh vận tải bằng xe ô tô và dịch vụ hỗ trợ vận tải đường bộ", "Vụ Vận tải và An toàn giao thông", "Bộ Công an; Bộ Tài chính; Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "Nghị định của Chính phủ", "Quý III/2044")),
   SK("II", "Văn bản thuộc thẩm quyền của Bộ trưởng",
    T143("3.", "Thông tư quy định về đào tạo, sát hạch, cấp giấy phép lái xe", "Cục Đường bộ Việt Nam", "Vụ Tổ chức cán bộ", "Thông tư", "Trước ngày 31/12/2043"),
    T143("4.", "Thông tư ban hành Quy chuẩn kỹ thuật quốc gia về báo hiệu đường bộ", "Vụ Khoa học, công nghệ, môi trường và Vật liệu xây dựng", "Viện Khoa học và Công nghệ Giao thông vận tải", "Quy chuẩn kỹ thuật quốc gia", "Năm 2044"))]),
  SK("B", "TUYÊN TRUYỀN, PHỔ BIẾN VÀ TẬP HUẤN", kind="part", *[
   SK("I", "Phổ biến Luật",
    T143("5.", "Biên soạn tài liệu giới thiệu nội dung cơ bản của Luật; đăng tải trên Cổng thông tin điện tử của Bộ", "Vụ Pháp chế", "Trung tâm Công nghệ thông tin; Báo Xây dựng", "Tài liệu giới thiệu Luật", "Tháng 10/2043"),
    T143("6.", "Tổ chức hội nghị phổ biến Luật cho cán bộ, công chức ngành xây dựng các địa phương", "Vụ Pháp chế", "Các Sở Xây dựng", "02 hội nghị trực tuyến", "Quý IV/2043")),
   SK("II", "Rà soát văn bản",
    T143("7.", "Rà soát các văn bản quy phạm pháp luật có liên quan để sửa đổi, bổ sung, thay thế hoặc bãi bỏ cho phù hợp", "Các cơ quan, đơn vị thuộc Bộ", "Vụ Pháp chế", "Báo cáo kết quả rà soát", "Trước ngày 15/11/2043"))])]}
# a hundred and forty-four: a commune's craft-village environment plan with no sections, the time right
# after the content, then "Đơn vị thực hiện", "Đơn vị phối hợp" and funding in millions
T144 = tasker("content", "timeframe", "lead", "coordinating", "funding")
P144 = {"schema": "annex/v1", "appendix": "02", "title": "KẾ HOẠCH BẢO VỆ MÔI TRƯỜNG LÀNG NGHỀ NĂM 2044",
 "subtitle": "(Kèm theo Kế hoạch số 08/KH-UBND ngày 10/01/2044 của UBND xã Đông Thọ)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "timeframe", "lead", "coordinating", "funding"),
   ["STT", "Nội dung thực hiện", "Thời gian", "Đơn vị thực hiện", "Đơn vị phối hợp", "Kinh phí (triệu đồng)"], [0.06, 0.36, 0.12, 0.16, 0.18, 0.12])],
 "items": [
  T144("1", "Khảo sát, thống kê các hộ sản xuất trong làng nghề có phát sinh nước thải, khí thải", "Tháng 2/2044", "Công chức Nông nghiệp - Môi trường", "Trưởng các thôn", "15"),
  T144("2", "Vận động các hộ sản xuất lắp đặt bể lắng, hệ thống xử lý nước thải sơ bộ trước khi xả ra cống chung", "Quý I - Quý II", "Hội Nông dân xã", "Hội Liên hiệp Phụ nữ xã; Đoàn Thanh niên xã", ""),
  T144("3", "Nạo vét, khơi thông hệ thống kênh mương thoát nước khu làng nghề", "Tháng 4 - 5/2044", "Ban Quản lý các dự án xã", "Hợp tác xã dịch vụ nông nghiệp", "320"),
  T144("4", "Thu gom, vận chuyển chất thải rắn sản xuất đến nơi xử lý tập trung", "Hằng tuần", "Tổ vệ sinh môi trường thôn", "Công ty Môi trường đô thị huyện", "180"),
  T144("5", "Ra quân tổng vệ sinh môi trường hưởng ứng Ngày Môi trường thế giới 5/6", "Tháng 6/2044", "Đoàn Thanh niên xã", "Các trường học trên địa bàn", "10"),
  T144("6", "Kiểm tra, xử lý các trường hợp xả thải trái phép ra môi trường", "Thường xuyên", "UBND xã", "Công an xã; Công chức Nông nghiệp - Môi trường", ""),
  T144("7", "Sơ kết 6 tháng, tổng kết năm; đề xuất khen thưởng hộ sản xuất thực hiện tốt", "Tháng 7 và tháng 12/2044", "Công chức Văn phòng - Thống kê", "Các ban, ngành, đoàn thể xã", "12")]}
# a hundred and forty-five: a province's preschool development tasks, the time before the product,
# "Hè hằng năm" and "Năm học 2045 - 2046" for times
T145 = tasker("content", "lead", "coordinating", "timeframe", "deliverable")
P145 = {"schema": "annex/v1", "appendix": "01", "title": "NHIỆM VỤ, GIẢI PHÁP PHÁT TRIỂN GIÁO DỤC MẦM NON GIAI ĐOẠN 2045 - 2047",
 "subtitle": "(Kèm theo Kế hoạch số 214/KH-UBND ngày 18/8/2045 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "deliverable"),
   ["TT", "Nhiệm vụ, giải pháp", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Sản phẩm"], [0.05, 0.34, 0.15, 0.18, 0.12, 0.16])],
 "items": [
  SK("I", "MẠNG LƯỚI TRƯỜNG, LỚP",
    T145("1", "Rà soát, sắp xếp mạng lưới trường, lớp mầm non phù hợp với quy hoạch dân cư tại các khu công nghiệp", "Sở Giáo dục và Đào tạo", "Sở Xây dựng; Ủy ban nhân dân các xã, phường", "Năm 2045", "Đề án sắp xếp mạng lưới"),
    T145("2", "Đầu tư xây dựng phòng học kiên cố, thay thế phòng học tạm, phòng học mượn", "Ủy ban nhân dân các xã, phường", "Sở Tài chính", "2045 - 2047", "120 phòng học được xây mới"),
    T145("3", "Khuyến khích doanh nghiệp thành lập nhóm trẻ độc lập tư thục cho con công nhân", "Ban Quản lý các khu công nghiệp", "Liên đoàn Lao động tỉnh; Sở Giáo dục và Đào tạo", "Thường xuyên", "")),
  SK("II", "ĐỘI NGŨ GIÁO VIÊN VÀ CÁN BỘ QUẢN LÝ",
    T145("4", "Bồi dưỡng chuyên môn, nghiệp vụ cho giáo viên mầm non về giáo dục kỹ năng sống, phát triển ngôn ngữ cho trẻ em người dân tộc thiểu số", "Sở Giáo dục và Đào tạo", "Trường Cao đẳng Sư phạm", "Hè hằng năm", "Chứng chỉ bồi dưỡng"),
    T145("5", "Tuyển dụng đủ giáo viên theo định mức; thực hiện chế độ, chính sách đối với giáo viên mầm non ngoài công lập", "Sở Nội vụ", "Sở Giáo dục và Đào tạo; Sở Tài chính", "Tháng 7 - 9 hằng năm", "Quyết định tuyển dụng")),
  SK("III", "CHẤT LƯỢNG NUÔI DƯỠNG, CHĂM SÓC, GIÁO DỤC TRẺ",
    T145("6", "Tổ chức bán trú, bảo đảm an toàn thực phẩm; theo dõi sức khỏe, phòng chống suy dinh dưỡng, thừa cân, béo phì", "Các cơ sở giáo dục mầm non", "Trung tâm Kiểm soát bệnh tật tỉnh; Trạm Y tế các xã", "Năm học 2045 - 2046", "Tỷ lệ trẻ suy dinh dưỡng dưới 5%"),
    T145("7", "Kiểm định chất lượng giáo dục và công nhận trường mầm non đạt chuẩn quốc gia", "Sở Giáo dục và Đào tạo", "Các sở, ngành liên quan", "Quý IV hằng năm", "Quyết định công nhận"))]}
# a hundred and forty-six: a hospital's medical-waste plan under "Khoa, phòng thực hiện", no
# coordinating column, "Ghi chú" last, "PHỤ LỤC" with no number
T146 = tasker("content", "lead", "timeframe", "note")
P146 = {"schema": "annex/v1", "appendix": "", "title": "KẾ HOẠCH QUẢN LÝ CHẤT THẢI Y TẾ NĂM 2046",
 "subtitle": "(Kèm theo Kế hoạch số 31/KH-BV ngày 02/02/2046 của Bệnh viện Đa khoa huyện)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "timeframe", "note"),
   ["STT", "Nội dung công việc", "Khoa, phòng thực hiện", "Thời gian hoàn thành", "Ghi chú"], [0.07, 0.45, 0.2, 0.14, 0.14])],
 "items": [
  T146("1", "Rà soát, bổ sung quy trình phân loại, thu gom, lưu giữ chất thải y tế tại các khoa lâm sàng", "Phòng Điều dưỡng", "Tháng 2/2046", "Theo Thông tư của Bộ Y tế"),
  T146("2", "Trang bị thùng, túi đựng chất thải đúng màu sắc, có biểu tượng cảnh báo", "Phòng Vật tư - Thiết bị y tế", "Quý I/2046", ""),
  T146("3", "Tập huấn cho nhân viên vệ sinh, hộ lý về phân loại chất thải lây nhiễm, chất thải sắc nhọn", "Khoa Kiểm soát nhiễm khuẩn", "Tháng 3/2046", "02 lớp"),
  T146("4", "Bảo dưỡng hệ thống xử lý nước thải; quan trắc chất lượng nước thải sau xử lý", "Phòng Hành chính quản trị", "Hằng quý", "Thuê đơn vị có chức năng"),
  T146("5", "Ký hợp đồng vận chuyển, xử lý chất thải nguy hại với đơn vị được cấp phép", "Phòng Tài chính - Kế toán", "Trước 31/3/2046", ""),
  T146("6", "Giám sát việc thực hiện quy định về quản lý chất thải tại các khoa, phòng; báo cáo định kỳ", "Khoa Kiểm soát nhiễm khuẩn", "Hằng tháng", "Báo cáo Giám đốc"),
  T146("7", "Tổng kết, đánh giá công tác quản lý chất thải y tế năm 2046", "Phòng Kế hoạch tổng hợp", "Tháng 12/2046", "")]}
# a hundred and forty-seven: a province's tasks for an ethnic-minority development programme, sub-tasks
# "1.1", "1.2" under a task, "Dự toán (triệu đồng)" last with sums such as "12.400"
T147 = tasker("content", "lead", "coordinating", "timeframe", "funding")
P147 = {"schema": "annex/v1", "appendix": "02", "title": "NHIỆM VỤ THỰC HIỆN CHƯƠNG TRÌNH PHÁT TRIỂN KINH TẾ - XÃ HỘI VÙNG ĐỒNG BÀO DÂN TỘC THIỂU SỐ NĂM 2047",
 "subtitle": "(Kèm theo Kế hoạch số 95/KH-UBND ngày 22/3/2047 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "funding"),
   ["STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Dự toán (triệu đồng)"], [0.06, 0.34, 0.16, 0.18, 0.12, 0.14])],
 "items": [
  SK("I", "Giải quyết tình trạng thiếu đất ở, nhà ở, đất sản xuất, nước sinh hoạt",
    T147("1", "Hỗ trợ đất ở, nhà ở cho hộ đồng bào dân tộc thiểu số nghèo", "Sở Dân tộc và Tôn giáo", "Ủy ban nhân dân các xã", "Năm 2047", "12.400", subs=[
      T147("1.1", "Rà soát, lập danh sách hộ đủ điều kiện được hỗ trợ", "Ủy ban nhân dân các xã", "Trưởng thôn, bản", "Quý I/2047", "150"),
      T147("1.2", "Cấp phát vật liệu, giám sát xây dựng nhà ở", "Ủy ban nhân dân các xã", "Mặt trận Tổ quốc xã", "Quý II - Quý IV/2047", "12.250")]),
    T147("2", "Đầu tư công trình nước sinh hoạt tập trung tại các thôn, bản đặc biệt khó khăn", "Trung tâm Nước sạch và Vệ sinh môi trường nông thôn", "Sở Nông nghiệp và Môi trường", "Tháng 10/2047", "8.600")),
  SK("II", "Đào tạo nghề, giải quyết việc làm",
    T147("3", "Đào tạo nghề nông nghiệp ngắn hạn cho lao động người dân tộc thiểu số gắn với nhu cầu của doanh nghiệp", "Sở Nội vụ", "Các cơ sở giáo dục nghề nghiệp; Hội Nông dân tỉnh", "Thường xuyên", "2.300"),
    T147("4", "Tư vấn, hỗ trợ lao động đi làm việc ở nước ngoài theo hợp đồng", "Trung tâm Dịch vụ việc làm tỉnh", "Ngân hàng Chính sách xã hội chi nhánh tỉnh", "Hằng quý", "")),
  SK("III", "Bảo tồn, phát huy giá trị văn hóa truyền thống",
    T147("5", "Khôi phục, truyền dạy lễ hội, nghề thủ công truyền thống; hỗ trợ đội văn nghệ thôn, bản", "Sở Văn hóa, Thể thao và Du lịch", "Ủy ban nhân dân các huyện; nghệ nhân ưu tú", "2047", "1.800"),
    T147("6", "Tổ chức Ngày hội văn hóa các dân tộc tỉnh lần thứ IV", "Sở Văn hóa, Thể thao và Du lịch", "Sở Dân tộc và Tôn giáo; Ủy ban nhân dân huyện Mường Lát", "Tháng 9/2047", "950"))]}
# a hundred and forty-eight: a Party inspection committee's programme with an extra column "Đối tượng
# kiểm tra" of organs and members before "Bộ phận thực hiện", capitalised sections
T148 = tasker("content", "extra:Đối tượng kiểm tra", "lead", "timeframe", "note")
P148 = {"schema": "annex/v1", "appendix": "01", "title": "CHƯƠNG TRÌNH KIỂM TRA, GIÁM SÁT NĂM 2048",
 "subtitle": "(Kèm theo Chương trình số 02-CTr/UBKT ngày 08/01/2048 của Ủy ban Kiểm tra Huyện ủy)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "extra", "lead", "timeframe", "note"),
   ["TT", "Nội dung kiểm tra, giám sát", "Đối tượng kiểm tra", "Bộ phận thực hiện", "Thời gian", "Ghi chú"], [0.06, 0.34, 0.2, 0.16, 0.12, 0.12])],
 "items": [
  SK("I", "KIỂM TRA",
    T148("1", "Kiểm tra việc lãnh đạo, chỉ đạo thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2047", "Ban Thường vụ Đảng ủy xã Quang Trung", "Tổ Kiểm tra số 1", "Tháng 3/2048", ""),
    T148("2", "Kiểm tra tổ chức đảng cấp dưới trong việc thực hiện nhiệm vụ kiểm tra, giám sát và thi hành kỷ luật đảng", "Ủy ban Kiểm tra Đảng ủy các xã, thị trấn", "Tổ Kiểm tra số 2", "Quý II/2048", "Chọn 03 đơn vị"),
    T148("3", "Kiểm tra đảng viên khi có dấu hiệu vi phạm", "Đảng viên có dấu hiệu vi phạm", "Ủy ban Kiểm tra Huyện ủy", "Khi phát sinh", "")),
  SK("II", "GIÁM SÁT CHUYÊN ĐỀ",
    T148("4", "Giám sát việc kê khai tài sản, thu nhập của cán bộ thuộc diện Ban Thường vụ Huyện ủy quản lý", "Đảng viên là cán bộ diện Ban Thường vụ quản lý", "Tổ Giám sát số 1", "Tháng 6 - 7/2048", ""),
    T148("5", "Giám sát việc thực hiện chức trách, nhiệm vụ được giao của chi ủy viên", "Chi bộ thôn Đông, thôn Nam", "Tổ Giám sát số 2", "Quý III/2048", "Kết hợp giám sát thường xuyên")),
  SK("III", "SƠ KẾT, TỔNG KẾT",
    T148("6", "Sơ kết 6 tháng, tổng kết năm công tác kiểm tra, giám sát", "Ủy ban Kiểm tra Huyện ủy", "Văn phòng Ủy ban Kiểm tra", "Tháng 6 và tháng 12/2048", ""))]}
# a hundred and forty-nine: a health department's tobacco-control activities in parts A, B, C with tasks
# "1." numbered on across them, funding sources in words, a content with a colon and bullets
T149 = tasker("content", "lead", "coordinating", "timeframe", "funding")
P149 = {"schema": "annex/v1", "appendix": "", "title": "HOẠT ĐỘNG PHÒNG, CHỐNG TÁC HẠI CỦA THUỐC LÁ NĂM 2049",
 "subtitle": "(Kèm theo Kế hoạch số 56/KH-SYT ngày 11/02/2049 của Sở Y tế)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "funding"),
   ["STT", "Nội dung hoạt động", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian", "Kinh phí"], [0.06, 0.36, 0.16, 0.18, 0.12, 0.12])],
 "items": [
  SK("A.", "TRUYỀN THÔNG", kind="part", *[
    T149("1.", "Tổ chức mít tinh hưởng ứng Ngày Thế giới không thuốc lá 31/5 và Tuần lễ quốc gia không thuốc lá", "Trung tâm Kiểm soát bệnh tật", "Sở Văn hóa, Thể thao và Du lịch; Tỉnh đoàn", "Tuần cuối tháng 5/2049", "Ngân sách tỉnh"),
    T149("2.", "Xây dựng, phát sóng phóng sự về tác hại của thuốc lá điện tử, thuốc lá nung nóng đối với thanh thiếu niên", "Đài Phát thanh và Truyền hình tỉnh", "Trung tâm Kiểm soát bệnh tật", "Quý II, Quý III", "Quỹ Phòng, chống tác hại của thuốc lá"),
    T149("3.", "Truyền thông trực tiếp tại trường học:\n- Nói chuyện chuyên đề dưới cờ;\n- Thi vẽ tranh “Tuổi trẻ nói không với thuốc lá”", "Sở Giáo dục và Đào tạo", "Các trường trung học phổ thông", "Năm học 2048 - 2049", "Lồng ghép kinh phí hoạt động")]),
  SK("B.", "XÂY DỰNG MÔI TRƯỜNG KHÔNG KHÓI THUỐC", kind="part", *[
    T149("4.", "Treo biển cấm hút thuốc lá tại cơ quan, đơn vị, cơ sở y tế, trường học, nhà ga, bến xe", "Các sở, ban, ngành", "Ủy ban nhân dân các huyện, thị xã, thành phố", "Thường xuyên", "Kinh phí của đơn vị"),
    T149("5.", "Kiểm tra, giám sát việc thực hiện quy định cấm hút thuốc lá tại địa điểm công cộng", "Thanh tra Sở Y tế", "Công an tỉnh; Sở Công Thương", "6 tháng/lần", "Không")]),
  SK("C.", "GIÁM SÁT, BÁO CÁO", kind="part", *[
    T149("6.", "Điều tra tỷ lệ hút thuốc lá ở người trưởng thành tại 10 xã, phường", "Trung tâm Kiểm soát bệnh tật", "Trạm Y tế xã, phường", "Tháng 9 - 10/2049", "120 triệu đồng"),
    T149("7.", "Báo cáo kết quả thực hiện Kế hoạch về Bộ Y tế", "Phòng Nghiệp vụ Y", "Các đơn vị liên quan", "Trước 15/12/2049", "")])]}
# a hundred and fifty: a province's list of projects calling for investment with two extra columns,
# "Địa điểm" and "Quy mô", before "Cơ quan đầu mối" and "Thời gian kêu gọi"
T150 = tasker("content", "extra:Địa điểm", "extra:Quy mô", "lead", "timeframe")
P150 = {"schema": "annex/v1", "appendix": "II", "title": "DANH MỤC DỰ ÁN KÊU GỌI ĐẦU TƯ NĂM 2050",
 "subtitle": "(Kèm theo Quyết định số 410/QĐ-UBND ngày 30/3/2050 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "extra", "extra", "lead", "timeframe"),
   ["STT", "Tên dự án", "Địa điểm", "Quy mô", "Cơ quan đầu mối", "Thời gian kêu gọi"], [0.06, 0.3, 0.16, 0.18, 0.18, 0.12])],
 "items": [
  SK("I", "LĨNH VỰC NÔNG NGHIỆP",
    T150("1", "Nhà máy chế biến sâu sản phẩm từ cây mắc ca", "Huyện Đăk Mil", "Công suất 10.000 tấn quả/năm", "Sở Nông nghiệp và Môi trường", "Năm 2050"),
    T150("2", "Khu nông nghiệp ứng dụng công nghệ cao", "Xã Trường Xuân", "Diện tích khoảng 300 ha", "Ban Quản lý các khu công nghiệp tỉnh", "2050 - 2052")),
  SK("II", "LĨNH VỰC DU LỊCH, DỊCH VỤ",
    T150("3", "Khu du lịch sinh thái hồ Tà Đùng", "Huyện Đăk Glong", "Diện tích 650 ha; tổng vốn dự kiến 2.500 tỷ đồng", "Sở Văn hóa, Thể thao và Du lịch", "Quý III/2050"),
    T150("4", "Trung tâm thương mại, siêu thị tổng hợp", "Thành phố Gia Nghĩa", "Diện tích sàn 25.000 m2", "Sở Công Thương", "Năm 2050")),
  SK("III", "LĨNH VỰC HẠ TẦNG",
    T150("5", "Bến xe khách liên tỉnh phía Bắc", "Phường Nghĩa Đức", "Bến xe loại 2", "Sở Xây dựng", "2050 - 2051"),
    T150("6", "Hệ thống cấp nước sạch tập trung cho các xã vùng sâu", "Các huyện Tuy Đức, Đăk Song", "Công suất 5.000 m3/ngày đêm", "Trung tâm Nước sạch và Vệ sinh môi trường nông thôn", "Quý IV/2050"))]}
# a hundred and fifty-one: a province's tasks for population data and electronic identification, "I."
# sections and "1." tasks, "a)" sub-tasks with their own cells, an output column before the deadline
T151 = tasker("content", "lead", "coordinating", "deliverable", "timeframe")
P151 = {"schema": "annex/v1", "appendix": "01", "title": "NHIỆM VỤ TRIỂN KHAI ỨNG DỤNG DỮ LIỆU DÂN CƯ, ĐỊNH DANH VÀ XÁC THỰC ĐIỆN TỬ NĂM 2051",
 "subtitle": "(Kèm theo Kế hoạch số 77/KH-UBND ngày 19/3/2051 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "deliverable", "timeframe"),
   ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Kết quả đầu ra", "Thời hạn"], [0.05, 0.33, 0.15, 0.19, 0.15, 0.13])],
 "items": [
  SK("I.", "HOÀN THIỆN THỂ CHẾ",
    T151("1.", "Rà soát, đề xuất sửa đổi quy định về thủ tục hành chính có yêu cầu xuất trình giấy tờ công dân khi đã khai thác được từ Cơ sở dữ liệu quốc gia về dân cư", "Văn phòng Ủy ban nhân dân tỉnh", "Các sở, ban, ngành; Ủy ban nhân dân cấp xã", "Báo cáo rà soát", "Trước ngày 30/6/2051"),
    T151("2.", "Ban hành quy chế phối hợp chia sẻ, khai thác dữ liệu giữa các cơ quan trên địa bàn tỉnh", "Công an tỉnh", "Sở Khoa học và Công nghệ; Sở Tư pháp", "Quy chế được ban hành", "Quý II/2051")),
  SK("II.", "PHỤC VỤ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH VÀ CUNG CẤP DỊCH VỤ CÔNG TRỰC TUYẾN",
    T151("3.", "Tích hợp, kết nối Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh với Cơ sở dữ liệu quốc gia về dân cư", "Sở Khoa học và Công nghệ", "Công an tỉnh; Văn phòng Ủy ban nhân dân tỉnh", "Hệ thống được kết nối, vận hành", "Tháng 5/2051", subs=[
      T151("a)", "Xác thực thông tin công dân khi đăng ký tài khoản trên Cổng dịch vụ công", "Sở Khoa học và Công nghệ", "Công an tỉnh", "", "Tháng 5/2051"),
      T151("b)", "Tự động điền thông tin vào biểu mẫu điện tử từ dữ liệu đã được xác thực", "Sở Khoa học và Công nghệ", "Doanh nghiệp viễn thông", "Biểu mẫu điện tử", "Quý III/2051")]),
    T151("4.", "Làm sạch dữ liệu hộ tịch, đồng bộ với dữ liệu dân cư:\n- Số hóa sổ hộ tịch lưu trữ;\n- Cập nhật thông tin người đã chết, kết hôn, ly hôn", "Sở Tư pháp", "Công an tỉnh; Ủy ban nhân dân cấp xã", "Dữ liệu được cập nhật, làm sạch", "Hoàn thành trong năm 2051")),
  SK("III.", "PHỤC VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI",
    T151("5.", "Triển khai thanh toán không dùng tiền mặt trong chi trả an sinh xã hội, trợ cấp thất nghiệp", "Sở Nội vụ", "Bảo hiểm xã hội tỉnh; Ngân hàng Nhà nước Khu vực 8; Bưu điện tỉnh", "Tỷ lệ chi trả qua tài khoản đạt trên 90%", "Thường xuyên"),
    T151("6.", "Sử dụng căn cước công dân gắn chíp thay thẻ bảo hiểm y tế khi khám, chữa bệnh", "Sở Y tế", "Bảo hiểm xã hội tỉnh; các cơ sở khám, chữa bệnh", "", "Từ tháng 3/2051"),
    T151("7.", "Báo cáo kết quả thực hiện định kỳ gửi Tổ công tác của Chính phủ", "Công an tỉnh", "Các cơ quan, đơn vị liên quan", "Báo cáo", "Trước ngày 20 hằng tháng"))]}
# a hundred and fifty-two: a lower secondary school's year plan whose units are people ("Hiệu trưởng",
# "Kế toán", "Tổng phụ trách Đội"), the results to reach in the last column
T152 = tasker("content", "lead", "coordinating", "timeframe", "deliverable")
P152 = {"schema": "annex/v1", "appendix": "", "title": "KẾ HOẠCH THỰC HIỆN NHIỆM VỤ NĂM HỌC 2052 - 2053 CỦA TRƯỜNG TRUNG HỌC CƠ SỞ",
 "subtitle": "(Kèm theo Kế hoạch số 15/KH-THCS ngày 05/9/2052 của Trường Trung học cơ sở Lê Lợi)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "deliverable"),
   ["TT", "Nội dung công việc", "Người phụ trách", "Người phối hợp", "Thời gian", "Kết quả cần đạt"], [0.05, 0.35, 0.15, 0.16, 0.12, 0.17])],
 "items": [
  SK("I", "CÔNG TÁC CHUYÊN MÔN",
    T152("1", "Xây dựng kế hoạch giáo dục nhà trường, kế hoạch dạy học các môn học", "Phó Hiệu trưởng", "Tổ trưởng chuyên môn", "Tháng 9/2052", "Kế hoạch được phê duyệt trước ngày 30/9"),
    T152("2", "Tổ chức sinh hoạt chuyên môn theo nghiên cứu bài học", "Tổ trưởng chuyên môn", "Giáo viên bộ môn", "Hằng tháng", "Mỗi tổ 02 chuyên đề/học kỳ"),
    T152("3", "Bồi dưỡng học sinh giỏi, phụ đạo học sinh yếu kém", "Phó Hiệu trưởng", "Giáo viên chủ nhiệm; giáo viên bộ môn", "Tháng 10/2052 - tháng 3/2053", "Giảm tỷ lệ học sinh yếu dưới 3%")),
  SK("II", "CÔNG TÁC GIÁO DỤC ĐẠO ĐỨC, KỸ NĂNG SỐNG",
    T152("4", "Tổ chức Lễ khai giảng và “Tuần sinh hoạt công dân” đầu năm học", "Hiệu trưởng", "Tổng phụ trách Đội; Ban đại diện cha mẹ học sinh", "Tuần đầu tháng 9/2052", ""),
    T152("5", "Giáo dục an toàn giao thông, phòng chống bạo lực học đường:\n+ Ký cam kết đầu năm;\n+ Ngoại khóa theo chủ đề", "Tổng phụ trách Đội", "Công an xã; giáo viên chủ nhiệm", "Học kỳ I", "100% học sinh ký cam kết")),
  SK("III", "CƠ SỞ VẬT CHẤT, TÀI CHÍNH",
    T152("6", "Kiểm kê tài sản, sửa chữa bàn ghế, thiết bị dạy học", "Kế toán", "Nhân viên thiết bị", "Tháng 12/2052 và tháng 6/2053", "Biên bản kiểm kê"),
    T152("7", "Công khai tài chính, cơ sở vật chất theo quy định", "Hiệu trưởng", "Kế toán; Ban thanh tra nhân dân", "Tháng 6/2053", ""))]}
# a hundred and fifty-three: a commune's key tasks for the year, the lead headed "Cơ quan tham mưu" and
# a column of the leaders in charge ("Lãnh đạo phụ trách") before the time
T153 = tasker("content", "lead", "coordinating", "extra:Lãnh đạo phụ trách", "timeframe")
P153 = {"schema": "annex/v1", "appendix": "02", "title": "DANH MỤC NHIỆM VỤ TRỌNG TÂM CỦA ỦY BAN NHÂN DÂN XÃ NĂM 2053",
 "subtitle": "(Kèm theo Kế hoạch số 09/KH-UBND ngày 06/01/2053 của Ủy ban nhân dân xã Tân Phú)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "extra", "timeframe"),
   ["STT", "Nội dung công việc", "Cơ quan tham mưu", "Cơ quan phối hợp", "Lãnh đạo phụ trách", "Thời gian hoàn thành"], [0.05, 0.35, 0.16, 0.16, 0.15, 0.13])],
 "items": [
  SK("I", "LĨNH VỰC KINH TẾ",
    T153("1", "Xây dựng kế hoạch phát triển kinh tế - xã hội, dự toán ngân sách xã năm 2054", "Phòng Kinh tế", "Văn phòng HĐND và UBND xã; các đơn vị liên quan", "Chủ tịch UBND xã", "Tháng 11/2053"),
    T153("2", "Đôn đốc thu ngân sách, chống thất thu thuế đối với hộ kinh doanh cá thể", "Phòng Kinh tế", "Thuế cơ sở 3; các thôn, ấp", "Phó Chủ tịch UBND xã phụ trách kinh tế", "Thường xuyên"),
    T153("3", "Triển khai mô hình nông nghiệp tuần hoàn, liên kết tiêu thụ nông sản", "Trung tâm Dịch vụ nông nghiệp", "Hội Nông dân xã; Hợp tác xã Tân Phú", "Phó Chủ tịch UBND xã phụ trách kinh tế", "Vụ Hè Thu 2053")),
  SK("II", "LĨNH VỰC VĂN HÓA - XÃ HỘI",
    T153("4", "Rà soát hộ nghèo, hộ cận nghèo cuối năm theo chuẩn nghèo đa chiều", "Phòng Văn hóa - Xã hội", "Ban Chỉ đạo giảm nghèo; trưởng thôn, ấp", "Phó Chủ tịch UBND xã phụ trách văn hóa - xã hội", "Tháng 10 - 12/2053"),
    T153("5", "Tổ chức các hoạt động chăm lo Tết Nguyên đán cho gia đình chính sách, hộ nghèo", "Phòng Văn hóa - Xã hội", "Ủy ban Mặt trận Tổ quốc Việt Nam xã; các đoàn thể", "Chủ tịch UBND xã", "Trước Tết Nguyên đán")),
  SK("III", "QUỐC PHÒNG, AN NINH VÀ XÂY DỰNG CHÍNH QUYỀN",
    T153("6", "Tuyển chọn, gọi công dân nhập ngũ năm 2054", "Ban Chỉ huy Quân sự xã", "Công an xã; Trạm Y tế xã", "Chủ tịch UBND xã", "Quý IV/2053"),
    T153("7", "Đánh giá, xếp loại chất lượng cán bộ, công chức cuối năm", "Văn phòng HĐND và UBND xã", "Các phòng chuyên môn", "Chủ tịch UBND xã", "Tháng 12/2053"))]}
# a hundred and fifty-four: a district's programme of National Day events, no sections, the time in
# the second column before the content ("19h30 ngày 01/9/2054"), a places column
T154 = tasker("timeframe", "content", "extra:Địa điểm", "lead")
P154 = {"schema": "annex/v1", "appendix": "", "title": "CHƯƠNG TRÌNH CÁC HOẠT ĐỘNG CHÀO MỪNG KỶ NIỆM NGÀY QUỐC KHÁNH 02/9/2054",
 "subtitle": "(Kèm theo Kế hoạch số 131/KH-UBND ngày 10/8/2054 của Ủy ban nhân dân huyện)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "timeframe", "content", "extra", "lead"),
   ["TT", "Thời gian", "Nội dung hoạt động", "Địa điểm", "Đơn vị thực hiện"], [0.06, 0.16, 0.38, 0.18, 0.22])],
 "items": [
  T154("1", "Từ ngày 20/8 đến 05/9/2054", "Trang trí cờ, hoa, băng rôn, khẩu hiệu tuyên truyền trên các tuyến đường chính", "Trung tâm huyện và các xã, thị trấn", "Trung tâm Văn hóa, Thông tin và Thể thao huyện"),
  T154("2", "Ngày 25/8/2054", "Giải bóng đá thiếu niên nhi đồng mừng Quốc khánh", "Sân vận động huyện", "Phòng Văn hóa và Thông tin; Huyện đoàn"),
  T154("3", "19h30 ngày 01/9/2054", "Chương trình nghệ thuật “Mùa thu độc lập”", "Quảng trường trung tâm huyện", "Trung tâm Văn hóa, Thông tin và Thể thao huyện"),
  T154("4", "7h00 ngày 02/9/2054", "Lễ dâng hương, dâng hoa tại Đài tưởng niệm liệt sĩ", "Nghĩa trang liệt sĩ huyện", "Văn phòng Huyện ủy; Văn phòng HĐND và UBND huyện"),
  T154("5", "Ngày 02/9/2054", "Hội thi đua ghe truyền thống:\n- Vòng loại buổi sáng;\n- Chung kết buổi chiều", "Sông Cái, đoạn qua thị trấn", "Ủy ban nhân dân thị trấn; Phòng Văn hóa và Thông tin"),
  T154("6", "Trước ngày 10/9/2054", "Báo cáo kết quả tổ chức các hoạt động về Ủy ban nhân dân huyện", "", "Phòng Văn hóa và Thông tin")]}
# a hundred and fifty-five: a province's child-protection activities with the funding in millions and
# an extra column of its source ("Nguồn kinh phí"), both empty in some rows, "a)" sub-tasks
T155 = tasker("content", "lead", "coordinating", "funding", "extra:Nguồn kinh phí", "timeframe")
P155 = {"schema": "annex/v1", "appendix": "03", "title": "KẾ HOẠCH HOẠT ĐỘNG BẢO VỆ, CHĂM SÓC TRẺ EM NĂM 2055",
 "subtitle": "(Kèm theo Kế hoạch số 48/KH-UBND ngày 14/3/2055 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "funding", "extra", "timeframe"),
   ["TT", "Nội dung hoạt động", "Đơn vị chủ trì", "Đơn vị phối hợp", "Kinh phí (triệu đồng)", "Nguồn kinh phí", "Thời gian thực hiện"], [0.05, 0.3, 0.14, 0.15, 0.1, 0.13, 0.13])],
 "items": [
  SK("I", "TRUYỀN THÔNG, NÂNG CAO NHẬN THỨC",
    T155("1", "Tổ chức Tháng hành động vì trẻ em với chủ đề do Ủy ban Quốc gia về trẻ em phát động", "Sở Y tế", "Sở Giáo dục và Đào tạo; Tỉnh đoàn; Ủy ban nhân dân các xã, phường", "250", "Ngân sách tỉnh", "Tháng 6/2055"),
    T155("2", "Biên soạn, in ấn tài liệu hướng dẫn kỹ năng phòng, chống xâm hại trẻ em cho cha mẹ, giáo viên", "Sở Y tế", "Hội Liên hiệp Phụ nữ tỉnh", "120", "Ngân sách tỉnh", "Quý II/2055")),
  SK("II", "CUNG CẤP DỊCH VỤ BẢO VỆ TRẺ EM",
    T155("3", "Duy trì hoạt động Tổng đài điện thoại quốc gia bảo vệ trẻ em 111 tại tỉnh", "Trung tâm Công tác xã hội tỉnh", "Công an tỉnh; Bưu điện tỉnh", "80", "Ngân sách Trung ương hỗ trợ", "Thường xuyên"),
    T155("4", "Hỗ trợ can thiệp, trợ giúp trẻ em bị xâm hại, trẻ em có nguy cơ rơi vào hoàn cảnh đặc biệt", "Ủy ban nhân dân các xã, phường", "Trung tâm Công tác xã hội tỉnh", "300", "Xã hội hóa", "Khi phát sinh", subs=[
      T155("a)", "Đánh giá nguy cơ, lập kế hoạch hỗ trợ từng trường hợp", "Ủy ban nhân dân các xã, phường", "Công an xã, phường", "", "", "Trong 12 giờ kể từ khi nhận tin báo"),
      T155("b)", "Tư vấn tâm lý, chăm sóc y tế cho trẻ em bị tổn hại", "Bệnh viện Đa khoa tỉnh", "Trung tâm Công tác xã hội tỉnh", "", "", "Khi phát sinh")])),
  SK("III", "KIỂM TRA, GIÁM SÁT",
    T155("5", "Kiểm tra liên ngành việc thực hiện quyền trẻ em tại các cơ sở trợ giúp xã hội, nhà trẻ tư thục", "Sở Y tế", "Sở Giáo dục và Đào tạo; Công an tỉnh", "40", "Ngân sách tỉnh", "Quý III/2055"),
    T155("6", "Tổng hợp, báo cáo kết quả thực hiện gửi Bộ Y tế", "Sở Y tế", "Các sở, ngành liên quan", "", "", "Trước ngày 15/12/2055"))]}
# a hundred and fifty-six: a Party committee's assignment of a resolution's tasks, the lead headed
# "Cơ quan tham mưu, chủ trì", the product as the form of the document ("Hình thức văn bản")
T156 = tasker("content", "lead", "coordinating", "timeframe", "deliverable")
P156 = {"schema": "annex/v1", "appendix": "", "title": "PHÂN CÔNG NHIỆM VỤ THỰC HIỆN NGHỊ QUYẾT CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH VỀ PHÁT TRIỂN NGUỒN NHÂN LỰC CHẤT LƯỢNG CAO",
 "subtitle": "(Kèm theo Kế hoạch số 112-KH/TU ngày 02/6/2056 của Ban Thường vụ Tỉnh ủy)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "deliverable"),
   ["STT", "Nhiệm vụ", "Cơ quan tham mưu, chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Hình thức văn bản"], [0.05, 0.35, 0.17, 0.17, 0.12, 0.14])],
 "items": [
  SK("I", "CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO",
    T156("1", "Quán triệt, triển khai Nghị quyết đến cán bộ, đảng viên và nhân dân", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc", "Quý III/2056", "Hội nghị"),
    T156("2", "Ban hành chương trình hành động thực hiện Nghị quyết", "Đảng ủy Ủy ban nhân dân tỉnh", "Sở Nội vụ; Sở Giáo dục và Đào tạo", "Tháng 9/2056", "Chương trình hành động")),
  SK("II", "CƠ CHẾ, CHÍNH SÁCH",
    T156("3", "Xây dựng chính sách thu hút, đãi ngộ người có trình độ cao về công tác tại tỉnh", "Sở Nội vụ", "Sở Tài chính; Sở Tư pháp", "Năm 2056", "Nghị quyết của Hội đồng nhân dân tỉnh", subs=[
      T156("a)", "Khảo sát nhu cầu nhân lực chất lượng cao của các ngành, lĩnh vực", "Sở Nội vụ", "Các sở, ban, ngành", "Quý III/2056", "Báo cáo khảo sát"),
      T156("b)", "Dự thảo chính sách, lấy ý kiến các cơ quan, tổ chức", "Sở Nội vụ", "", "Quý IV/2056", "Dự thảo Nghị quyết"),
      T156("c)", "Trình Hội đồng nhân dân tỉnh tại kỳ họp cuối năm", "Ủy ban nhân dân tỉnh", "Sở Nội vụ", "Tháng 12/2056", "Tờ trình")]),
    T156("4", "Đề án đào tạo nhân lực ngành công nghiệp bán dẫn, trí tuệ nhân tạo giai đoạn 2056 - 2060", "Sở Khoa học và Công nghệ", "Trường Đại học; các doanh nghiệp công nghệ", "Năm 2057", "Đề án")),
  SK("III", "KIỂM TRA, GIÁM SÁT, SƠ KẾT",
    T156("5", "Kiểm tra, giám sát việc thực hiện Nghị quyết", "Ủy ban Kiểm tra Tỉnh ủy", "Văn phòng Tỉnh ủy", "Hằng năm", "Thông báo kết luận"),
    T156("6", "Sơ kết 3 năm thực hiện Nghị quyết", "Ban Tổ chức Tỉnh ủy", "Các cơ quan liên quan", "Năm 2059", "Báo cáo sơ kết"))]}
# a hundred and fifty-seven: a district's administrative reform tasks in seven columns with a notes
# column, abbreviated units ("VP HĐND-UBND huyện") and decrees cited by number in the content
T157 = tasker("content", "lead", "coordinating", "timeframe", "deliverable", "note")
P157 = {"schema": "annex/v1", "appendix": "I", "title": "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2057 CỦA HUYỆN",
 "subtitle": "(Kèm theo Kế hoạch số 05/KH-UBND ngày 08/01/2057 của UBND huyện)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "deliverable", "note"),
   ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian", "Kết quả/sản phẩm", "Ghi chú"], [0.05, 0.31, 0.13, 0.15, 0.11, 0.15, 0.1])],
 "items": [
  SK("I", "CẢI CÁCH THỂ CHẾ",
    T157("1", "Rà soát văn bản quy phạm pháp luật do HĐND, UBND huyện ban hành theo Nghị định số 34/2016/NĐ-CP", "Phòng Tư pháp", "VP HĐND-UBND huyện; các cơ quan chuyên môn", "Quý II/2057", "Báo cáo kết quả rà soát", ""),
    T157("2", "Kiểm tra việc thi hành pháp luật về xử lý vi phạm hành chính", "Phòng Tư pháp", "Công an huyện", "Quý III/2057", "Kết luận kiểm tra", "Tại 03 xã")),
  SK("II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
    T157("3", "Niêm yết công khai thủ tục hành chính tại Bộ phận Một cửa huyện, xã theo Nghị định số 61/2018/NĐ-CP", "VP HĐND-UBND huyện", "UBND các xã, thị trấn", "Thường xuyên", "", ""),
    T157("4", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "VP HĐND-UBND huyện", "Phòng Văn hóa và Thông tin; UBND các xã, thị trấn", "Năm 2057", "Tỷ lệ số hóa đạt 100%", "Chỉ tiêu tỉnh giao")),
  SK("III", "CẢI CÁCH CÔNG VỤ, CÔNG CHỨC",
    T157("5", "Xây dựng vị trí việc làm, cơ cấu ngạch công chức của các cơ quan chuyên môn", "Phòng Nội vụ", "Các cơ quan chuyên môn thuộc UBND huyện", "Tháng 6/2057", "Đề án vị trí việc làm", ""),
    T157("6", "Đánh giá, xếp loại cán bộ, công chức, viên chức cuối năm", "Phòng Nội vụ", "Các cơ quan, đơn vị", "Tháng 12/2057", "Quyết định xếp loại", "")),
  SK("IV", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH",
    T157("7", "Tự đánh giá, chấm điểm Chỉ số cải cách hành chính của huyện", "Phòng Nội vụ", "Các thành viên Tổ giúp việc", "Trước ngày 15/11/2057", "Báo cáo tự đánh giá", "Theo hướng dẫn của Sở Nội vụ"))]}
# a hundred and fifty-eight: a hospital's quality plan in parts A, B, C, the staff in charge named with
# their degrees ("BS.CKI Nguyễn Văn An, Trưởng khoa") in an extra column, an indicators column
T158 = tasker("content", "lead", "extra:Người phụ trách", "timeframe", "extra:Chỉ số đánh giá")
P158 = {"schema": "annex/v1", "appendix": "02", "title": "KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG BỆNH VIỆN NĂM 2058",
 "subtitle": "(Kèm theo Kế hoạch số 21/KH-BV ngày 10/02/2058 của Bệnh viện Đa khoa huyện)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "extra", "timeframe", "extra"),
   ["TT", "Nội dung cải tiến", "Khoa/phòng chủ trì", "Người phụ trách", "Thời gian", "Chỉ số đánh giá"], [0.05, 0.33, 0.15, 0.16, 0.12, 0.19])],
 "items": [
  SK("A", "HƯỚNG ĐẾN NGƯỜI BỆNH", kind="part", *[
    T158("1", "Cải tiến quy trình tiếp đón, giảm thời gian chờ khám bệnh", "Khoa Khám bệnh", "BS.CKI Nguyễn Văn An, Trưởng khoa", "Quý I - II/2058", "Thời gian chờ trung bình dưới 60 phút"),
    T158("2", "Khảo sát sự hài lòng người bệnh nội trú, ngoại trú", "Phòng Quản lý chất lượng", "CN. Lê Thị Bích", "Hằng quý", "Tỷ lệ hài lòng trên 90%")]),
  SK("B", "PHÁT TRIỂN NGUỒN NHÂN LỰC", kind="part", *[
    T158("3", "Cử điều dưỡng đi đào tạo chuyên khoa hồi sức cấp cứu", "Phòng Tổ chức cán bộ", "ThS. Trần Minh Đức", "Tháng 3 - 9/2058", "05 điều dưỡng được cấp chứng chỉ")]),
  SK("C", "HOẠT ĐỘNG CHUYÊN MÔN", kind="part", *[
    T158("4", "Triển khai bảng kiểm an toàn phẫu thuật tại phòng mổ", "Khoa Gây mê hồi sức", "BS.CKII Phạm Quốc Hùng", "Từ tháng 4/2058", "100% ca phẫu thuật áp dụng bảng kiểm"),
    T158("5", "Giám sát tuân thủ vệ sinh tay của nhân viên y tế", "Khoa Kiểm soát nhiễm khuẩn", "ĐD. Hoàng Thị Mai", "Hằng tháng", "Tỷ lệ tuân thủ trên 85%"),
    T158("6", "Kê đơn điện tử, kết nối liên thông đơn thuốc quốc gia", "Khoa Dược", "DS.CKI Võ Thanh Tâm", "Tháng 6/2058", "Tỷ lệ đơn thuốc liên thông 100%")])]}
# a hundred and fifty-nine: a province's key digital transformation tasks, abbreviated units ("Sở
# KH&CN"), a priority column of a few short words ("Cao", "Trung bình", "Thấp") before the time
T159 = tasker("content", "lead", "coordinating", "extra:Mức độ ưu tiên", "timeframe")
P159 = {"schema": "annex/v1", "appendix": "01", "title": "DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ TRỌNG TÂM NĂM 2059",
 "subtitle": "(Kèm theo Kế hoạch số 230/KH-UBND ngày 25/12/2058 của UBND tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "extra", "timeframe"),
   ["STT", "Tên nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Mức độ ưu tiên", "Thời gian hoàn thành"], [0.05, 0.36, 0.14, 0.18, 0.12, 0.15])],
 "items": [
  SK("I", "CHÍNH QUYỀN SỐ",
    T159("1", "Nâng cấp Hệ thống quản lý văn bản và điều hành, bảo đảm liên thông 4 cấp chính quyền", "Sở KH&CN", "VP UBND tỉnh; UBND cấp huyện", "Cao", "Quý II/2059"),
    T159("2", "Xây dựng kho dữ liệu dùng chung của tỉnh, kết nối với Nền tảng tích hợp, chia sẻ dữ liệu quốc gia", "Sở KH&CN", "Các sở, ban, ngành", "Cao", "Năm 2059"),
    T159("3", "Triển khai chữ ký số cho cán bộ, công chức cấp xã", "Sở Nội vụ", "Sở KH&CN; Viettel Thanh Hóa", "Trung bình", "Tháng 9/2059")),
  SK("II", "KINH TẾ SỐ",
    T159("4", "Hỗ trợ doanh nghiệp nhỏ và vừa đưa sản phẩm lên sàn thương mại điện tử", "Sở Công Thương", "Hiệp hội Doanh nghiệp tỉnh", "Trung bình", "Thường xuyên"),
    T159("5", "Phổ cập thanh toán không dùng tiền mặt tại chợ truyền thống", "Ngân hàng Nhà nước chi nhánh tỉnh", "Sở Công Thương; UBND các huyện", "Thấp", "Năm 2059 - 2060")),
  SK("III", "XÃ HỘI SỐ",
    T159("6", "Tập huấn kỹ năng số cho thành viên Tổ công nghệ số cộng đồng", "Sở KH&CN", "Tỉnh đoàn; Hội Liên hiệp Phụ nữ tỉnh", "Cao", "Quý III/2059"))]}
# a hundred and sixty: a city's tourism-year activities with no coordinating and no time column,
# funding in full đồng ("850.000.000") and notes that may read as a time ("Quý IV/2060")
T160 = tasker("content", "lead", "funding", "note")
P160 = {"schema": "annex/v1", "appendix": "II", "title": "CÁC HOẠT ĐỘNG HƯỞNG ỨNG NĂM DU LỊCH QUỐC GIA 2060",
 "subtitle": "(Kèm theo Kế hoạch số 19/KH-UBND ngày 20/01/2060 của UBND thành phố)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "funding", "note"),
   ["STT", "Tên hoạt động", "Đơn vị thực hiện", "Kinh phí dự kiến (đồng)", "Ghi chú"], [0.06, 0.4, 0.2, 0.16, 0.18])],
 "items": [
  SK("I", "HOẠT ĐỘNG VĂN HÓA, THỂ THAO",
    T160("1", "Lễ hội đường phố “Sắc màu biển xanh”", "Trung tâm Văn hóa - Thể thao thành phố", "850.000.000", "Xã hội hóa 60%"),
    T160("2", "Giải chạy bán marathon ven biển", "Phòng Văn hóa và Thông tin", "400.000.000", ""),
    T160("3", "Liên hoan ẩm thực đường phố và sản phẩm OCOP", "Hội Liên hiệp Phụ nữ thành phố", "150.000.000", "Phối hợp với các phường")),
  SK("II", "XÚC TIẾN, QUẢNG BÁ",
    T160("4", "Sản xuất video quảng bá điểm đến trên nền tảng mạng xã hội", "Trung tâm Thông tin xúc tiến du lịch", "200.000.000", ""),
    T160("5", "Đón đoàn famtrip doanh nghiệp lữ hành, báo chí trong nước và quốc tế", "Phòng Văn hóa và Thông tin", "120.000.000", "02 đoàn"),
    T160("6", "Tổng kết, khen thưởng các tập thể, cá nhân có thành tích", "Phòng Nội vụ", "30.000.000", "Quý IV/2060"))]}
# a hundred and sixty-one: a district's storm-season tasks with one column of units doing them, "a."
# sub-tasks, a notes column, appendix "1"
T161 = tasker("content", "lead", "timeframe", "note")
P161 = {"schema": "annex/v1", "appendix": "1", "title": "NHIỆM VỤ PHÒNG, CHỐNG THIÊN TAI VÀ TÌM KIẾM CỨU NẠN MÙA MƯA BÃO NĂM 2061",
 "subtitle": "(Kèm theo Kế hoạch số 66/KH-BCH ngày 02/5/2061 của Ban Chỉ huy Phòng thủ dân sự huyện)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "timeframe", "note"),
   ["TT", "Nội dung công việc", "Đơn vị thực hiện", "Thời gian", "Ghi chú"], [0.06, 0.42, 0.22, 0.14, 0.16])],
 "items": [
  SK("I", "TRƯỚC MÙA MƯA BÃO",
    T161("1", "Kiện toàn Ban Chỉ huy Phòng thủ dân sự các cấp, phân công nhiệm vụ cho từng thành viên", "Văn phòng thường trực Ban Chỉ huy", "Trước ngày 15/5/2061", "", subs=[
      T161("a.", "Cấp huyện", "Phòng Nông nghiệp và Môi trường", "Trước ngày 15/5/2061", ""),
      T161("b.", "Cấp xã", "UBND các xã, thị trấn", "Trước ngày 20/5/2061", "Gửi danh sách về huyện")]),
    T161("2", "Kiểm tra hiện trạng đê, kè, hồ chứa nước; xử lý các điểm xung yếu", "Phòng Nông nghiệp và Môi trường; UBND các xã có đê", "Tháng 5 - 6/2061", "Ưu tiên hồ chứa nhỏ"),
    T161("3", "Chuẩn bị vật tư, phương tiện theo phương châm “4 tại chỗ”", "Các thành viên Ban Chỉ huy; UBND các xã, thị trấn", "Trước mùa mưa bão", "")),
  SK("II", "TRONG KHI XẢY RA THIÊN TAI",
    T161("4", "Trực ban 24/24 giờ, theo dõi diễn biến thời tiết, thông tin kịp thời đến người dân", "Văn phòng thường trực Ban Chỉ huy", "Khi có thiên tai", "Báo cáo nhanh mỗi 6 giờ"),
    T161("5", "Sơ tán dân ra khỏi vùng nguy hiểm, bảo đảm an toàn tính mạng và tài sản", "UBND các xã, thị trấn; Công an huyện; Ban Chỉ huy Quân sự huyện", "Khi có lệnh", "")),
  SK("III", "SAU THIÊN TAI",
    T161("6", "Thống kê thiệt hại, đề xuất hỗ trợ khôi phục sản xuất", "Phòng Nông nghiệp và Môi trường", "Trong 07 ngày sau thiên tai", "Theo Thông tư số 43/2015/TT-BNNPTNT"))]}
# a hundred and sixty-two: an education department's tasks for its targets, a column of targets
# ("≥ 99,5% trẻ 5 tuổi") between the content and the lead, one empty
T162 = tasker("content", "extra:Chỉ tiêu", "lead", "coordinating", "timeframe")
P162 = {"schema": "annex/v1", "appendix": "02", "title": "NHIỆM VỤ, GIẢI PHÁP THỰC HIỆN CÁC CHỈ TIÊU GIÁO DỤC NĂM HỌC 2062 - 2063",
 "subtitle": "(Kèm theo Kế hoạch số 1520/KH-SGDĐT ngày 28/8/2062 của Sở Giáo dục và Đào tạo)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "extra", "lead", "coordinating", "timeframe"),
   ["TT", "Nhiệm vụ, giải pháp", "Chỉ tiêu", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"], [0.05, 0.33, 0.15, 0.15, 0.18, 0.14])],
 "items": [
  SK("I", "PHÁT TRIỂN MẠNG LƯỚI TRƯỜNG LỚP",
    T162("1", "Huy động trẻ em 5 tuổi ra lớp, duy trì phổ cập giáo dục mầm non", "≥ 99,5% trẻ 5 tuổi", "Phòng Giáo dục Mầm non", "UBND cấp xã", "Tháng 8 - 9/2062"),
    T162("2", "Xây dựng trường đạt chuẩn quốc gia", "Thêm 25 trường", "Phòng Kế hoạch - Tài chính", "UBND cấp xã; các trường", "Năm học 2062 - 2063")),
  SK("II", "NÂNG CAO CHẤT LƯỢNG GIÁO DỤC",
    T162("3", "Tổ chức dạy học 2 buổi/ngày ở tiểu học", "100% trường tiểu học", "Phòng Giáo dục Tiểu học", "Các trường tiểu học", "Cả năm học"),
    T162("4", "Ôn tập, tổ chức Kỳ thi tốt nghiệp trung học phổ thông", "Tỷ lệ tốt nghiệp trên 98%", "Phòng Quản lý chất lượng", "Các trường trung học phổ thông; Công an tỉnh", "Tháng 3 - 6/2063"),
    T162("5", "Giáo dục kỹ năng số, an toàn trên không gian mạng cho học sinh", "", "Phòng Giáo dục Trung học", "Sở Khoa học và Công nghệ", "Học kỳ II")),
  SK("III", "ĐỘI NGŨ VÀ CƠ SỞ VẬT CHẤT",
    T162("6", "Tuyển dụng giáo viên còn thiếu theo định mức", "Tuyển đủ 450 giáo viên", "Phòng Tổ chức cán bộ", "Sở Nội vụ", "Tháng 7 - 10/2062"))]}
# 163: a province's PCI tasks, the component index in an extra column before the content;
# 164: a ward's food-safety plan, parts A/B, the time before the units.
T163 = tasker("extra:Chỉ số thành phần", "content", "lead", "coordinating", "timeframe")
P163 = {"schema": "annex/v1", "appendix": "II", "title": "NHIỆM VỤ, GIẢI PHÁP NÂNG CAO CHỈ SỐ NĂNG LỰC CẠNH TRANH CẤP TỈNH (PCI) NĂM 2063",
 "subtitle": "(Ban hành kèm theo Kế hoạch số 214/KH-UBND ngày 09/02/2063 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "extra", "content", "lead", "coordinating", "timeframe"),
   ["STT", "Chỉ số thành phần", "Nhiệm vụ, giải pháp", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"], [0.05, 0.14, 0.33, 0.15, 0.19, 0.14])],
 "items": [
  SK("I", "NHÓM CHỈ SỐ CÓ ĐIỂM SỐ GIẢM SO VỚI NĂM TRƯỚC",
    T163("1", "Chi phí gia nhập thị trường", "Rút ngắn thời gian giải quyết thủ tục đăng ký doanh nghiệp xuống còn 02 ngày làm việc; công khai quy trình trên Cổng dịch vụ công", "Sở Tài chính", "Trung tâm Phục vụ hành chính công tỉnh", "Thường xuyên"),
    T163("2", "Tiếp cận đất đai", "Công khai quy hoạch, kế hoạch sử dụng đất và quỹ đất sạch sẵn sàng giao cho nhà đầu tư", "Sở Nông nghiệp và Môi trường", "Ủy ban nhân dân các xã, phường; Ban Quản lý các khu công nghiệp", "Quý I/2063", subs=[
      T163("a)", "", "Rà soát, cập nhật danh mục các khu đất đã giải phóng mặt bằng", "Trung tâm Phát triển quỹ đất tỉnh", "Ủy ban nhân dân các xã, phường", "Tháng 3/2063"),
      T163("b)", "", "Đăng tải bản đồ quy hoạch sử dụng đất lên hệ thống thông tin đất đai", "Văn phòng Đăng ký đất đai", "Sở Khoa học và Công nghệ", "Tháng 4/2063")]),
    T163("3", "Chi phí không chính thức", "Xử lý nghiêm cán bộ, công chức có hành vi nhũng nhiễu, gây khó khăn cho doanh nghiệp; thiết lập đường dây nóng tiếp nhận phản ánh", "Thanh tra tỉnh", "Sở Nội vụ; Công an tỉnh", "Thường xuyên")),
  SK("II", "NHÓM CHỈ SỐ CẦN DUY TRÌ VÀ CẢI THIỆN",
    T163("4", "Tính minh bạch", "Cập nhật đầy đủ, kịp thời các văn bản quy phạm pháp luật, quy hoạch, kế hoạch trên Cổng thông tin điện tử tỉnh", "Văn phòng Ủy ban nhân dân tỉnh", "Các sở, ban, ngành", "Thường xuyên"),
    T163("5", "Cạnh tranh bình đẳng", "Bảo đảm tiếp cận bình đẳng các nguồn lực, cơ hội đầu tư giữa doanh nghiệp nhà nước, doanh nghiệp tư nhân và doanh nghiệp có vốn đầu tư nước ngoài", "Sở Tài chính", "Hiệp hội Doanh nghiệp tỉnh; Ngân hàng Nhà nước khu vực 5", "Năm 2063"),
    T163("6", "Dịch vụ hỗ trợ doanh nghiệp", "Tổ chức hội nghị đối thoại doanh nghiệp định kỳ 6 tháng một lần; hỗ trợ tư vấn pháp lý miễn phí cho doanh nghiệp nhỏ và vừa", "Sở Tài chính", "Sở Tư pháp; Hiệp hội Doanh nghiệp tỉnh; Liên đoàn Thương mại và Công nghiệp Việt Nam chi nhánh khu vực", "Tháng 6 và tháng 12/2063"),
    T163("7", "Đào tạo lao động", "Nâng cao chất lượng đào tạo nghề gắn với nhu cầu tuyển dụng của doanh nghiệp trong các khu công nghiệp", "Sở Nội vụ", "Trường Cao đẳng Kỹ thuật tỉnh; Ban Quản lý các khu công nghiệp", "Năm 2063"),
    T163("8", "Thiết chế pháp lý và an ninh trật tự", "Nâng cao hiệu quả giải quyết các vụ việc tranh chấp kinh tế, bảo đảm an ninh trật tự tại các khu, cụm công nghiệp", "Công an tỉnh", "Tòa án nhân dân tỉnh; Sở Tư pháp", "Thường xuyên")),
  SK("III", "TỔ CHỨC THỰC HIỆN",
    T163("9", "", "Tổng hợp kết quả thực hiện, báo cáo Ủy ban nhân dân tỉnh", "Sở Tài chính", "Các sở, ban, ngành; Ủy ban nhân dân các xã, phường", "Trước ngày 15/12/2063"))]}
T164 = tasker("content", "timeframe", "lead", "coordinating", "deliverable")
P164 = {"schema": "annex/v1", "appendix": "", "title": "KẾ HOẠCH BẢO ĐẢM AN TOÀN THỰC PHẨM TRÊN ĐỊA BÀN PHƯỜNG NĂM 2064",
 "subtitle": "(Kèm theo Kế hoạch số 17/KH-UBND ngày 12/01/2064 của UBND phường)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "timeframe", "lead", "coordinating", "deliverable"),
   ["TT", "Nội dung", "Thời gian thực hiện", "Chủ trì", "Phối hợp", "Sản phẩm"], [0.05, 0.36, 0.13, 0.14, 0.17, 0.15])],
 "items": [
  SK("A", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", *[
    T164("1", "Kiện toàn Ban Chỉ đạo liên ngành về an toàn thực phẩm phường", "Tháng 01/2064", "Văn phòng HĐND và UBND phường", "Trạm Y tế phường", "Quyết định kiện toàn"),
    T164("2", "Ban hành kế hoạch kiểm tra liên ngành dịp Tết Nguyên đán và Tháng hành động vì an toàn thực phẩm", "Tháng 01, tháng 4/2064", "Trạm Y tế phường", "Công an phường; Đội Quản lý thị trường số 3", "Kế hoạch kiểm tra")], kind="part"),
  SK("B", "CÁC HOẠT ĐỘNG CHUYÊN MÔN", *[
    SK("I", "Thông tin, truyền thông",
      T164("3", "Tuyên truyền trên hệ thống loa truyền thanh của phường về kiến thức an toàn thực phẩm:\n- Lựa chọn thực phẩm an toàn;\n- Bảo quản, chế biến thực phẩm đúng cách", "Thường xuyên", "Trung tâm Văn hóa - Thể thao phường", "Trạm Y tế phường", "Tin, bài phát thanh"),
      T164("4", "Cấp phát tờ rơi, áp phích cho các cơ sở kinh doanh dịch vụ ăn uống", "Quý II/2064", "Trạm Y tế phường", "Tổ dân phố", "")),
    SK("II", "Thanh tra, kiểm tra",
      T164("5", "Kiểm tra điều kiện bảo đảm an toàn thực phẩm đối với bếp ăn tập thể các trường mầm non, tiểu học", "Tháng 9/2064", "Đoàn kiểm tra liên ngành phường", "Ban giám hiệu các trường", "Biên bản kiểm tra", subs=[
        T164("a)", "Trường Mầm non Hoa Sen", "Tuần 2 tháng 9/2064", "Trạm Y tế phường", "", ""),
        T164("b)", "Trường Tiểu học Lê Lợi", "Tuần 3 tháng 9/2064", "Trạm Y tế phường", "", "")]),
      T164("6", "Kiểm tra các cơ sở kinh doanh thức ăn đường phố, chợ tạm, chợ cóc", "Hằng quý", "Đoàn kiểm tra liên ngành phường", "Công an phường; Tổ dân phố", "Biên bản kiểm tra; danh sách cơ sở vi phạm"),
      T164("7", "Xử lý vi phạm theo thẩm quyền; chuyển hồ sơ vượt thẩm quyền lên cấp trên", "Khi phát hiện vi phạm", "Chủ tịch UBND phường", "Công an phường", "Quyết định xử phạt")),
    SK("III", "Giám sát, phòng ngừa ngộ độc thực phẩm",
      T164("8", "Giám sát các bữa ăn đông người trong các lễ hội, đám cưới, đám giỗ trên địa bàn", "Khi có sự kiện", "Trạm Y tế phường", "Tổ dân phố", "Sổ theo dõi"),
      T164("9", "Tổng hợp, báo cáo kết quả thực hiện kế hoạch", "Trước ngày 10/12/2064", "Trạm Y tế phường", "", "Báo cáo năm"))], kind="part")]}
# 165: four columns, tasks "1.1" under their task; 166: eight columns, dotted
# subsections, a product, funding and notes.
T165 = tasker("content", "lead", "timeframe")
P165 = {"schema": "annex/v1", "appendix": "03", "title": "DANH MỤC NHIỆM VỤ BẢO ĐẢM TRẬT TỰ AN TOÀN GIAO THÔNG NĂM 2065",
 "subtitle": "(Kèm theo Kế hoạch số 52/KH-BATGT ngày 06/01/2065 của Ban An toàn giao thông tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "timeframe"),
   ["STT", "Nhiệm vụ", "Cơ quan thực hiện", "Thời hạn"], [0.07, 0.55, 0.24, 0.14])],
 "items": [
  SK("I", "CÔNG TÁC TUYÊN TRUYỀN, PHỔ BIẾN PHÁP LUẬT",
    T165("1", "Tuyên truyền Luật Trật tự, an toàn giao thông đường bộ trên các phương tiện thông tin đại chúng", "Sở Văn hóa, Thể thao và Du lịch; Báo và Phát thanh, Truyền hình tỉnh", "Thường xuyên", subs=[
      T165("1.1", "Xây dựng chuyên mục “An toàn giao thông” phát sóng hằng tuần", "Báo và Phát thanh, Truyền hình tỉnh", "Hằng tuần"),
      T165("1.2", "Tổ chức cuộc thi tìm hiểu pháp luật về giao thông cho học sinh trung học cơ sở", "Sở Giáo dục và Đào tạo", "Quý II/2065")]),
    T165("2", "Vận động người dân thực hiện: (1) đội mũ bảo hiểm khi đi xe máy, xe đạp điện; (2) không điều khiển phương tiện sau khi uống rượu, bia; (3) không sử dụng điện thoại khi lái xe", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội", "Năm 2065")),
  SK("II", "CÔNG TÁC TUẦN TRA, KIỂM SOÁT VÀ XỬ LÝ VI PHẠM",
    T165("3", "Tăng cường tuần tra, kiểm soát, xử lý vi phạm về nồng độ cồn, tốc độ, chở quá tải trọng", "Công an tỉnh", "Thường xuyên", subs=[
      T165("3.1", "Cao điểm dịp Tết Nguyên đán và lễ hội đầu xuân", "Công an tỉnh; Thanh tra Sở Xây dựng", "Tháng 01 - 02/2065"),
      T165("3.2", "Cao điểm dịp nghỉ lễ 30/4, 01/5 và Quốc khánh 2/9", "Công an tỉnh", "Tháng 4, tháng 9/2065")]),
    T165("4", "Kiểm tra hoạt động kinh doanh vận tải, bến xe khách, trung tâm đăng kiểm xe cơ giới", "Sở Xây dựng", "Quý III/2065")),
  SK("III", "KẾT CẤU HẠ TẦNG GIAO THÔNG",
    T165("5", "Rà soát, xử lý các điểm đen, điểm tiềm ẩn tai nạn giao thông trên quốc lộ, tỉnh lộ", "Sở Xây dựng; Ủy ban nhân dân các xã, phường", "Trước ngày 30/6/2065"),
    T165("6", "Tổng kết công tác bảo đảm trật tự an toàn giao thông năm 2065", "Văn phòng Ban An toàn giao thông tỉnh", "Tháng 12/2065"))]}
T166 = tasker("content", "lead", "coordinating", "deliverable", "timeframe", "funding", "note")
P166 = {"schema": "annex/v1", "appendix": "02", "title": "KẾ HOẠCH KHUYẾN CÔNG VÀ PHÁT TRIỂN THƯƠNG MẠI ĐIỆN TỬ NĂM 2066",
 "subtitle": "(Kèm theo Quyết định số 318/QĐ-UBND ngày 14/02/2066 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "deliverable", "timeframe", "funding", "note"),
   ["TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Kết quả, sản phẩm", "Thời gian hoàn thành", "Kinh phí (triệu đồng)", "Ghi chú"], [0.05, 0.27, 0.12, 0.13, 0.13, 0.11, 0.09, 0.10])],
 "items": [
  SK("I", "CÔNG TÁC QUẢN LÝ NHÀ NƯỚC",
    T166("1", "Xây dựng kế hoạch khuyến công giai đoạn 2066 - 2070", "Sở Công Thương", "Sở Tài chính", "Kế hoạch được phê duyệt", "Quý I/2066", "", ""),
    T166("2", "Kiểm tra, đánh giá hiệu quả các đề án khuyến công đã hỗ trợ", "Trung tâm Khuyến công tỉnh", "Ủy ban nhân dân các xã", "Báo cáo kiểm tra", "Tháng 10/2066", "35", "")),
  SK("II", "HOẠT ĐỘNG KHUYẾN CÔNG",
    SK("II.1", "Hỗ trợ cơ sở công nghiệp nông thôn", *[
      T166("3", "Hỗ trợ ứng dụng máy móc thiết bị tiên tiến vào sản xuất chế biến nông sản", "Trung tâm Khuyến công tỉnh", "Các cơ sở công nghiệp nông thôn", "05 mô hình trình diễn", "Tháng 11/2066", "1.250", "Khuyến công địa phương"),
      T166("4", "Tổ chức bình chọn sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh", "Sở Công Thương", "Hội đồng bình chọn", "Quyết định công nhận", "Quý III/2066", "180", "")], kind="subsection"),
    SK("II.2", "Đào tạo, tập huấn", *[
      T166("5", "Tập huấn nâng cao năng lực quản lý cho chủ cơ sở công nghiệp nông thôn", "Trung tâm Khuyến công tỉnh", "Liên minh Hợp tác xã tỉnh", "02 lớp, 120 học viên", "Tháng 6/2066", "90", "")], kind="subsection")),
  SK("III", "PHÁT TRIỂN THƯƠNG MẠI ĐIỆN TỬ",
    T166("6", "Hỗ trợ doanh nghiệp, hợp tác xã đưa sản phẩm OCOP lên sàn thương mại điện tử", "Sở Công Thương", "Bưu điện tỉnh; Viettel tỉnh", "100 sản phẩm lên sàn", "Năm 2066", "150", "Xã hội hóa một phần"),
    T166("7", "Tổ chức hội nghị kết nối cung cầu trực tuyến", "Trung tâm Xúc tiến Thương mại tỉnh", "", "Hội nghị", "Tháng 8/2066", "60", ""))]}
# 167: a city's plastic-waste tasks, funding with its source in an extra column and a
# company's units; 168: a school enrolment plan, capitalised heads, the time before the people.
T167 = tasker("content", "lead", "coordinating", "timeframe", "funding", "extra:Nguồn kinh phí")
P167 = {"schema": "annex/v1", "appendix": "01", "title": "NHIỆM VỤ GIẢM THIỂU RÁC THẢI NHỰA TRÊN ĐỊA BÀN THÀNH PHỐ NĂM 2067",
 "subtitle": "(Kèm theo Kế hoạch số 140/KH-UBND ngày 22/3/2067 của Ủy ban nhân dân thành phố)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "funding", "extra"),
   ["STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian", "Kinh phí dự kiến (triệu đồng)", "Nguồn kinh phí"], [0.05, 0.30, 0.14, 0.16, 0.11, 0.10, 0.14])],
 "items": [
  SK("I", "TUYÊN TRUYỀN, NÂNG CAO NHẬN THỨC",
    T167("1", "Tổ chức chiến dịch “Nói không với túi ni lông” tại các chợ, siêu thị:\n- Phát túi vải thân thiện môi trường;\n- Treo băng rôn, áp phích tại cổng chợ", "Phòng Kinh tế, Hạ tầng và Đô thị", "Ban Quản lý các chợ; Hội Liên hiệp Phụ nữ thành phố", "Tháng 6/2067", "85", "Ngân sách thành phố"),
    T167("2", "Lồng ghép nội dung giảm thiểu rác thải nhựa vào hoạt động ngoại khóa của học sinh", "Phòng Văn hóa - Xã hội", "Các trường mầm non, tiểu học, trung học cơ sở", "Năm học 2066 - 2067", "", "")),
  SK("II", "THU GOM, PHÂN LOẠI VÀ XỬ LÝ",
    T167("3", "Bố trí thùng phân loại rác tại nguồn ở các khu dân cư, nơi công cộng", "Công ty TNHH MTV Môi trường đô thị", "Ủy ban nhân dân các phường", "Quý II - III/2067", "1.200", "Ngân sách thành phố; xã hội hóa", subs=[
      T167("a)", "Thí điểm tại 05 khu dân cư", "Công ty TNHH MTV Môi trường đô thị", "Tổ dân phố", "Quý II/2067", "300", "Ngân sách thành phố"),
      T167("b)", "Nhân rộng ra toàn thành phố", "Công ty TNHH MTV Môi trường đô thị", "Ủy ban nhân dân các phường", "Quý III/2067", "900", "Xã hội hóa")]),
    T167("4", "Hỗ trợ hợp tác xã thu gom phế liệu nhựa tái chế", "Phòng Kinh tế, Hạ tầng và Đô thị", "Liên minh Hợp tác xã tỉnh", "Năm 2067", "150", "Vốn khuyến công")),
  SK("III", "KIỂM TRA, GIÁM SÁT",
    T167("5", "Kiểm tra việc thực hiện quy định về quản lý chất thải rắn sinh hoạt", "Phòng Nông nghiệp và Môi trường", "Công an thành phố", "Quý IV/2067", "40", "Ngân sách thành phố"))]}
T168 = tasker("content", "timeframe", "lead", "note")
P168 = {"schema": "annex/v1", "appendix": "", "title": "KẾ HOẠCH TUYỂN SINH VÀO LỚP 1, LỚP 6 NĂM HỌC 2068 - 2069",
 "subtitle": "(Kèm theo Kế hoạch số 09/KH-PGDĐT ngày 05/4/2068 của Phòng Giáo dục và Đào tạo)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "timeframe", "lead", "note"),
   ["STT", "NỘI DUNG CÔNG VIỆC", "THỜI GIAN", "NGƯỜI THỰC HIỆN", "GHI CHÚ"], [0.06, 0.42, 0.14, 0.24, 0.14])],
 "items": [
  SK("I", "CÔNG TÁC CHUẨN BỊ",
    T168("1", "Điều tra số trẻ trong độ tuổi vào lớp 1, lớp 6 theo từng tổ dân phố", "Tháng 4/2068", "Hiệu trưởng các trường tiểu học, trung học cơ sở", "Báo cáo về Phòng trước 30/4"),
    T168("2", "Xây dựng kế hoạch tuyển sinh, trình Ủy ban nhân dân phê duyệt", "Tháng 5/2068", "Đ/c Trần Thị Lan - Phó Trưởng phòng", "")),
  SK("II", "TỔ CHỨC TUYỂN SINH",
    T168("3", "Thông báo tuyển sinh công khai tại trường và trên trang thông tin điện tử", "Từ ngày 01/6/2068", "Hiệu trưởng các trường", ""),
    T168("4", "Tiếp nhận hồ sơ tuyển sinh:", "", "", "", subs=[
      T168("a)", "Tuyển sinh trực tuyến", "Từ 10/6 đến 20/6/2068", "Tổ tuyển sinh các trường", "Qua Cổng dịch vụ công"),
      T168("b)", "Tuyển sinh trực tiếp", "Từ 21/6 đến 30/6/2068", "Tổ tuyển sinh các trường", "")]),
    T168("5", "Xét duyệt kết quả tuyển sinh, niêm yết danh sách", "Trước ngày 10/7/2068", "Hội đồng tuyển sinh các trường", "")),
  SK("III", "BÁO CÁO",
    T168("6", "Tổng hợp, báo cáo kết quả tuyển sinh về Sở Giáo dục và Đào tạo", "Trước ngày 31/7/2068", "Đ/c Lê Văn Bình - Chuyên viên", ""))]}
# 169: rural tourism tasks in six columns; 170: a justice department's reform tasks,
# parts A/B over sections, tasks "1.1" under their section, a notes column.
T169 = tasker("content", "lead", "coordinating", "deliverable", "timeframe")
P169 = {"schema": "annex/v1", "appendix": "03", "title": "NHIỆM VỤ PHÁT TRIỂN DU LỊCH NÔNG THÔN GẮN VỚI XÂY DỰNG NÔNG THÔN MỚI NĂM 2069",
 "subtitle": "(Ban hành kèm theo Kế hoạch số 77/KH-UBND ngày 08/01/2069 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "deliverable", "timeframe"),
   ["TT", "Nhiệm vụ, giải pháp", "Cơ quan chủ trì", "Cơ quan phối hợp", "Sản phẩm đầu ra", "Thời hạn"], [0.05, 0.33, 0.15, 0.18, 0.16, 0.13])],
 "items": [
  SK("I", "Hoàn thiện cơ chế, chính sách",
    T169("1", "Rà soát, đề xuất sửa đổi chính sách hỗ trợ phát triển du lịch nông thôn, gồm: (1) hỗ trợ cải tạo nhà ở làm cơ sở lưu trú; (2) hỗ trợ đào tạo người làm du lịch; (3) hỗ trợ quảng bá điểm đến", "Sở Văn hóa, Thể thao và Du lịch", "Sở Tài chính; Sở Nông nghiệp và Môi trường; Sở Tư pháp", "Nghị quyết của Hội đồng nhân dân tỉnh", "Quý II/2069"),
    T169("2", "Ban hành bộ tiêu chí điểm du lịch nông thôn cấp tỉnh", "Sở Văn hóa, Thể thao và Du lịch", "Văn phòng Điều phối nông thôn mới tỉnh", "Quyết định của Ủy ban nhân dân tỉnh", "Tháng 9/2069")),
  SK("II", "Phát triển sản phẩm và điểm đến",
    T169("3", "Xây dựng mô hình du lịch cộng đồng tại các thôn, bản vùng đồng bào dân tộc thiểu số", "Ủy ban nhân dân các huyện, thị xã, thành phố", "Sở Dân tộc và Tôn giáo; Hội Nông dân tỉnh", "Mỗi huyện ít nhất 01 mô hình", "2069 - 2070", subs=[
      T169("a)", "Khảo sát, lựa chọn địa điểm xây dựng mô hình", "Ủy ban nhân dân các huyện", "Sở Văn hóa, Thể thao và Du lịch", "Báo cáo khảo sát", "Quý I/2069"),
      T169("b)", "Hỗ trợ trang thiết bị, tập huấn kỹ năng phục vụ khách cho hộ dân", "Trung tâm Xúc tiến Du lịch tỉnh", "Ủy ban nhân dân các xã", "Các lớp tập huấn; trang thiết bị được bàn giao", "Quý III/2069")]),
    T169("4", "Gắn kết sản phẩm OCOP với hoạt động du lịch; hình thành các điểm trưng bày, giới thiệu sản phẩm tại khu, điểm du lịch", "Sở Công Thương", "Các doanh nghiệp lữ hành; hợp tác xã", "Điểm trưng bày sản phẩm OCOP", "Hằng năm"),
    T169("5", "Bảo tồn, phục dựng lễ hội truyền thống, làng nghề phục vụ khách du lịch", "Sở Văn hóa, Thể thao và Du lịch", "Ủy ban nhân dân các huyện, thị xã, thành phố", "", "Thường xuyên")),
  SK("III", "Xúc tiến, quảng bá và nguồn nhân lực",
    T169("6", "Tổ chức đoàn khảo sát (famtrip) cho doanh nghiệp lữ hành, báo chí đến các điểm du lịch nông thôn", "Trung tâm Xúc tiến Du lịch tỉnh", "Hiệp hội Du lịch tỉnh", "02 đoàn khảo sát", "Tháng 5 và tháng 10/2069"),
    T169("7", "Đào tạo, bồi dưỡng kiến thức du lịch cho cán bộ cấp xã và người dân tham gia kinh doanh du lịch", "Trường Cao đẳng Văn hóa Nghệ thuật và Du lịch", "Ủy ban nhân dân các xã", "500 lượt người được đào tạo", "Năm 2069"),
    T169("8", "Sơ kết, đánh giá kết quả thực hiện; báo cáo Ủy ban nhân dân tỉnh", "Sở Văn hóa, Thể thao và Du lịch", "Các sở, ngành, địa phương", "Báo cáo sơ kết", "Trước ngày 15/12/2069"))]}
T170 = tasker("content", "lead", "coordinating", "timeframe", "note")
P170 = {"schema": "annex/v1", "appendix": "I", "title": "DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH CỦA SỞ TƯ PHÁP NĂM 2070",
 "subtitle": "(Kèm theo Quyết định số 25/QĐ-STP ngày 10/01/2070 của Giám đốc Sở Tư pháp)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "note"),
   ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Ghi chú"], [0.06, 0.38, 0.15, 0.16, 0.13, 0.12])],
 "items": [
  SK("A", "NHIỆM VỤ CHUNG", *[
    T170("1", "Xây dựng, ban hành kế hoạch cải cách hành chính năm 2070 của Sở", "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở", "Tháng 01/2070", ""),
    T170("2", "Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2069", "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở", "Theo hướng dẫn của Sở Nội vụ", "Gửi kết quả về Sở Nội vụ")], kind="part"),
  SK("B", "NHIỆM VỤ CỤ THỂ", *[
    SK("I", "CẢI CÁCH THỂ CHẾ",
      T170("1.1", "Thẩm định dự thảo văn bản quy phạm pháp luật do Ủy ban nhân dân tỉnh ban hành", "Phòng Xây dựng, kiểm tra và theo dõi thi hành pháp luật", "Các sở, ban, ngành chủ trì soạn thảo", "Thường xuyên", ""),
      T170("1.2", "Rà soát, hệ thống hóa văn bản quy phạm pháp luật kỳ 2069 - 2073", "Phòng Xây dựng, kiểm tra và theo dõi thi hành pháp luật", "", "Quý IV/2070", "Theo kế hoạch của Bộ Tư pháp")),
    SK("II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
      T170("2.1", "Công bố, công khai thủ tục hành chính thuộc thẩm quyền giải quyết của Sở trên Cổng dịch vụ công quốc gia", "Văn phòng Sở", "Trung tâm Phục vụ hành chính công tỉnh", "Trong 05 ngày làm việc kể từ ngày có quyết định công bố", ""),
      T170("2.2", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính về lý lịch tư pháp, chứng thực, hộ tịch", "Phòng Hành chính tư pháp", "Trung tâm Trợ giúp pháp lý nhà nước; Ủy ban nhân dân cấp xã", "Hằng tháng", "Tỷ lệ số hóa đạt 100%"),
      T170("2.3", "Khảo sát mức độ hài lòng của người dân, doanh nghiệp đối với dịch vụ hành chính công", "Văn phòng Sở", "", "Quý III/2070", "")),
    SK("III", "HIỆN ĐẠI HÓA NỀN HÀNH CHÍNH",
      T170("3.1", "Duy trì, cải tiến hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015", "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở", "Năm 2070", ""))], kind="part")]}
# 171: cooperative-economy tasks, the product last; 172: a ward's sports-day duties in four
# columns, tasks "1.", "-" rows under a task, a subtitle with blank placeholders.
T171 = tasker("content", "lead", "coordinating", "timeframe", "deliverable")
P171 = {"schema": "annex/v1", "appendix": "01", "title": "DANH MỤC NHIỆM VỤ PHÁT TRIỂN KINH TẾ TẬP THỂ, HỢP TÁC XÃ NĂM 2071",
 "subtitle": "(Kèm theo Kế hoạch số 58/KH-UBND ngày 12/3/2071 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "deliverable"),
   ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm"], [0.05, 0.34, 0.15, 0.18, 0.13, 0.15])],
 "items": [
  SK("I", "TUYÊN TRUYỀN, NÂNG CAO NHẬN THỨC",
    T171("1", "Tuyên truyền Luật Hợp tác xã năm 2023 và các văn bản hướng dẫn thi hành:\n- Tổ chức hội nghị phổ biến cho cán bộ cấp xã;\n- Xây dựng chuyên mục trên Báo và Phát thanh, Truyền hình tỉnh", "Liên minh Hợp tác xã tỉnh", "Sở Nông nghiệp và Môi trường; Sở Tư pháp", "Quý II/2071", "Hội nghị; chuyên mục"),
    T171("2", "Biểu dương, khen thưởng các hợp tác xã, tổ hợp tác điển hình tiên tiến", "Sở Nội vụ", "Liên minh Hợp tác xã tỉnh", "Tháng 12/2071", "Quyết định khen thưởng")),
  SK("II", "HỖ TRỢ PHÁT TRIỂN HỢP TÁC XÃ",
    T171("3", "Hỗ trợ thành lập mới hợp tác xã nông nghiệp gắn với chuỗi giá trị", "Liên minh Hợp tác xã tỉnh", "Ủy ban nhân dân các huyện, thị xã, thành phố", "Năm 2071", "30 hợp tác xã được thành lập mới", subs=[
      T171("a)", "Khảo sát nhu cầu thành lập hợp tác xã tại các xã vùng cao", "Liên minh Hợp tác xã tỉnh", "Ủy ban nhân dân các xã", "Quý I/2071", "Báo cáo khảo sát"),
      T171("b)", "Tư vấn, hướng dẫn hồ sơ đăng ký thành lập", "Phòng Tài chính - Kế hoạch các huyện", "", "Thường xuyên", "")]),
    T171("4", "Hỗ trợ hợp tác xã ứng dụng công nghệ cao, chuyển đổi số trong sản xuất, kinh doanh", "Sở Khoa học và Công nghệ", "Liên minh Hợp tác xã tỉnh; Sở Nông nghiệp và Môi trường", "2071 - 2072", "15 mô hình ứng dụng"),
    T171("5", "Bố trí vốn từ Quỹ Hỗ trợ phát triển hợp tác xã cho các dự án sản xuất", "Quỹ Hỗ trợ phát triển hợp tác xã tỉnh", "Sở Tài chính", "Hằng năm", "Quyết định cho vay"),
    T171("6", "Đào tạo, bồi dưỡng cán bộ quản lý hợp tác xã; đưa cán bộ trẻ có trình độ đại học về làm việc tại hợp tác xã", "Liên minh Hợp tác xã tỉnh", "Sở Nội vụ; các cơ sở giáo dục nghề nghiệp", "Năm 2071", "500 lượt cán bộ được đào tạo")),
  SK("III", "QUẢN LÝ NHÀ NƯỚC",
    T171("7", "Rà soát, giải thể các hợp tác xã ngừng hoạt động, không còn tồn tại trên thực tế", "Ủy ban nhân dân các huyện, thị xã, thành phố", "Sở Tài chính", "Trước ngày 30/9/2071", "Danh sách hợp tác xã được giải thể"),
    T171("8", "Kiểm tra, giám sát việc thực hiện chính sách hỗ trợ hợp tác xã", "Sở Tài chính", "Liên minh Hợp tác xã tỉnh; Thanh tra tỉnh", "Quý IV/2071", "Báo cáo kiểm tra"),
    T171("9", "Tổng hợp, báo cáo kết quả thực hiện Kế hoạch", "Sở Tài chính", "Các sở, ngành; Ủy ban nhân dân cấp huyện", "Trước ngày 15/12/2071", "Báo cáo Ủy ban nhân dân tỉnh"))]}
T172 = tasker("content", "lead", "timeframe")
P172 = {"schema": "annex/v1", "appendix": "", "title": "PHÂN CÔNG NHIỆM VỤ TỔ CHỨC ĐẠI HỘI THỂ DỤC THỂ THAO PHƯỜNG NĂM 2072",
 "subtitle": "(Ban hành kèm theo Kế hoạch số      /KH-UBND ngày    /    /2072 của Ủy ban nhân dân phường)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "timeframe"),
   ["TT", "Nội dung công việc", "Người thực hiện", "Thời gian"], [0.07, 0.50, 0.27, 0.16])],
 "items": [
  SK("I", "Công tác chuẩn bị",
    T172("1.", "Xây dựng Kế hoạch, Điều lệ Đại hội", "Đ/c Phạm Văn Hùng - Công chức Văn hóa - Xã hội", "Tháng 02/2072"),
    T172("2.", "Thành lập Ban Tổ chức, các tiểu ban giúp việc", "Đ/c Nguyễn Thị Hoa - Phó Chủ tịch Ủy ban nhân dân phường", "Tháng 02/2072"),
    T172("3.", "Chuẩn bị cơ sở vật chất, sân bãi thi đấu:", "Đ/c Lê Minh Tuấn - Trưởng Công an phường", "Tháng 3/2072", subs=[
      T172("-", "Sân bóng đá, sân cầu lông", "Ban Quản lý Nhà văn hóa phường", "Tháng 3/2072"),
      T172("-", "Âm thanh, ánh sáng, khánh tiết", "Đoàn Thanh niên phường", "Trước khai mạc 03 ngày")])),
  SK("II", "Tổ chức Đại hội",
    T172("4.", "Lễ khai mạc và thi đấu các môn: bóng đá, cầu lông, kéo co, cờ tướng", "Ban Tổ chức Đại hội", "Ngày 26/3/2072"),
    T172("5.", "Bảo đảm an ninh trật tự, y tế trong thời gian diễn ra Đại hội", "Công an phường; Trạm Y tế phường", "Trong thời gian tổ chức"),
    T172("6.", "Tổng kết, trao giải và báo cáo kết quả về Ủy ban nhân dân quận", "Đ/c Phạm Văn Hùng - Công chức Văn hóa - Xã hội", "Sau Đại hội 05 ngày"))]}
# 173: mass sports, sections as merged cells, funding and notes, a row going on a task;
# 174: health digital tasks, the time before the units, tasks numbered again per section.
T173 = tasker("content", "lead", "coordinating", "funding", "timeframe", "note")
def C173(d, *rows):
    d["cont"] = list(rows)
    return d
P173 = {"schema": "annex/v1", "appendix": "02", "title": "KẾ HOẠCH PHÁT TRIỂN THỂ DỤC, THỂ THAO QUẦN CHÚNG NĂM 2073",
 "subtitle": "(Kèm theo Kế hoạch số 214/KH-UBND ngày 19/02/2073 của Ủy ban nhân dân huyện)", "sectionStyle": "merged",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "funding", "timeframe", "note"),
   ["STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Kinh phí (triệu đồng)", "Thời gian", "Ghi chú"], [0.05, 0.31, 0.15, 0.17, 0.10, 0.11, 0.11])],
 "items": [
  SK("I", "PHONG TRÀO TOÀN DÂN RÈN LUYỆN THÂN THỂ",
    T173("1", "Phát động phong trào “Toàn dân rèn luyện thân thể theo gương Bác Hồ vĩ đại” tại các xã, thị trấn", "Phòng Văn hóa và Thông tin", "Ủy ban nhân dân các xã, thị trấn", "20", "Tháng 3/2073", ""),
    C173(T173("2", "Tổ chức Ngày chạy Olympic vì sức khỏe toàn dân", "Trung tâm Văn hóa, Thông tin và Thể thao huyện", "Phòng Giáo dục và Đào tạo; Huyện đoàn", "45", "Tháng 3/2073", "Lồng ghép Tháng Thanh niên"),
      {"content": "- Cấp xã tổ chức điểm chạy tại trung tâm xã", "lead": "Ủy ban nhân dân các xã, thị trấn", "timeframe": "Tháng 3/2073"})),
  SK("II", "THỂ THAO TRƯỜNG HỌC VÀ LỰC LƯỢNG VŨ TRANG",
    T173("3", "Duy trì giờ học thể dục chính khóa, hoạt động thể thao ngoại khóa trong các trường học", "Phòng Giáo dục và Đào tạo", "Các trường mầm non, tiểu học, trung học cơ sở", "", "Năm học 2072 - 2073", ""),
    T173("4", "Tổ chức Hội khỏe Phù Đổng cấp huyện lần thứ XII", "Phòng Giáo dục và Đào tạo", "Trung tâm Văn hóa, Thông tin và Thể thao huyện", "120", "Tháng 11/2073", "Tuyển chọn vận động viên dự thi cấp tỉnh"),
    T173("5", "Thi đấu thể thao trong lực lượng vũ trang huyện", "Ban Chỉ huy Quân sự huyện", "Công an huyện", "30", "Quý III/2073", "")),
  SK("III", "CƠ SỞ VẬT CHẤT",
    T173("6", "Đầu tư xây dựng sân thể thao đa năng tại các xã đạt chuẩn nông thôn mới nâng cao", "Ban Quản lý dự án đầu tư xây dựng huyện", "Ủy ban nhân dân các xã", "2.500", "2073 - 2074", "Vốn đầu tư công"),
    T173("7", "Kiểm tra, đánh giá việc sử dụng các thiết chế văn hóa, thể thao cơ sở", "Phòng Văn hóa và Thông tin", "", "", "Quý IV/2073", ""))]}
T174 = tasker("content", "timeframe", "lead", "coordinating", "deliverable")
P174 = {"schema": "annex/v1", "appendix": "III", "title": "NHIỆM VỤ CHUYỂN ĐỔI SỐ TRONG LĨNH VỰC Y TẾ NĂM 2074",
 "subtitle": "(Kèm theo Quyết định số 1055/QĐ-SYT ngày 30/5/2074 của Giám đốc Sở Y tế)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "timeframe", "lead", "coordinating", "deliverable"),
   ["TT", "Nhiệm vụ", "Thời hạn", "Chủ trì", "Phối hợp", "Kết quả cần đạt"], [0.05, 0.35, 0.11, 0.15, 0.16, 0.18])],
 "items": [
  SK("I", "Hạ tầng và dữ liệu",
    T174("1", "Nâng cấp hạ tầng mạng, máy chủ tại các bệnh viện tuyến huyện", "Quý II/2074", "Trung tâm Công nghệ thông tin y tế", "Các bệnh viện, trung tâm y tế", "100% bệnh viện có đường truyền dự phòng"),
    T174("2", "Kết nối, liên thông dữ liệu khám, chữa bệnh với Cổng giám định bảo hiểm y tế", "Thường xuyên", "Các cơ sở khám, chữa bệnh", "Bảo hiểm xã hội tỉnh", "Dữ liệu được gửi trong ngày")),
  SK("II", "Ứng dụng trong khám, chữa bệnh",
    T174("1", "Triển khai bệnh án điện tử tại các bệnh viện hạng I, hạng II", "Tháng 12/2074", "Bệnh viện Đa khoa tỉnh; Bệnh viện Sản - Nhi", "Trung tâm Công nghệ thông tin y tế", "Bệnh án điện tử được công nhận"),
    T174("2", "Thanh toán viện phí không dùng tiền mặt", "Năm 2074", "Các bệnh viện công lập", "Các ngân hàng thương mại", "Tỷ lệ thanh toán không dùng tiền mặt đạt 60%"),
    T174("3", "Đặt lịch khám bệnh trực tuyến", "Quý III/2074", "Các bệnh viện tuyến tỉnh", "", "")),
  SK("III", "Quản trị và đào tạo",
    T174("1", "Tập huấn kỹ năng số cho cán bộ y tế cơ sở", "Quý II - Quý III/2074", "Phòng Nghiệp vụ Y", "Trường Cao đẳng Y tế", "800 lượt học viên"),
    T174("2", "Sơ kết 6 tháng, tổng kết năm thực hiện chuyển đổi số ngành y tế", "Tháng 6 và tháng 12/2074", "Văn phòng Sở", "Các đơn vị trực thuộc", "Báo cáo sơ kết, tổng kết"))]}
# 175: disaster prevention tasks, "+ " items and lettered sub-tasks "a)"; 176: a ministry's
# decrees and circulars under a law, an extra column "Cấp ban hành" before the time.
T175 = tasker("content", "lead", "coordinating", "timeframe", "deliverable")
P175 = {"schema": "annex/v1", "appendix": "", "title": "DANH MỤC NHIỆM VỤ PHÒNG, CHỐNG THIÊN TAI VÀ TÌM KIẾM CỨU NẠN NĂM 2075",
 "subtitle": "(Ban hành kèm theo Kế hoạch số 77/KH-BCH ngày 05/3/2075 của Ban Chỉ huy Phòng thủ dân sự tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "deliverable"),
   ["STT", "Nội dung công việc", "Cơ quan, đơn vị chủ trì", "Cơ quan, đơn vị phối hợp", "Thời gian thực hiện", "Sản phẩm"], [0.05, 0.33, 0.17, 0.19, 0.12, 0.14])],
 "items": [
  SK("I", "CÔNG TÁC CHUẨN BỊ TRƯỚC MÙA MƯA BÃO",
    T175("1", "Kiện toàn Ban Chỉ huy Phòng thủ dân sự các cấp; phân công nhiệm vụ cho từng thành viên phụ trách địa bàn", "Sở Nông nghiệp và Môi trường (Cơ quan thường trực)", "Ủy ban nhân dân các xã, phường", "Tháng 3/2075", "Quyết định kiện toàn"),
    T175("2", "Rà soát, cập nhật phương án ứng phó với các cấp độ rủi ro thiên tai:\n+ Phương án ứng phó bão mạnh, siêu bão;\n+ Phương án sơ tán dân khỏi vùng nguy cơ sạt lở đất, lũ quét", "Ủy ban nhân dân các xã, phường", "Bộ Chỉ huy Quân sự tỉnh; Công an tỉnh", "Trước ngày 30/4/2075", "Phương án được phê duyệt", subs=[
      T175("a)", "Kiểm tra an toàn hồ chứa nước, đê điều, kè chống sạt lở", "Sở Nông nghiệp và Môi trường", "Công ty TNHH MTV Khai thác công trình thủy lợi tỉnh", "Tháng 4/2075", "Báo cáo kiểm tra"),
      T175("b)", "Dự trữ lương thực, thuốc men, nhu yếu phẩm tại các vùng thường bị chia cắt", "Ủy ban nhân dân các xã, phường", "Sở Công Thương; Sở Y tế", "Trước mùa mưa bão", "")]),
    T175("3", "Tập huấn, diễn tập ứng phó thiên tai cho lực lượng xung kích cấp xã", "Bộ Chỉ huy Quân sự tỉnh", "Hội Chữ thập đỏ tỉnh", "Quý II/2075", "10 cuộc diễn tập")),
  SK("II", "ỨNG PHÓ VÀ KHẮC PHỤC HẬU QUẢ",
    T175("4", "Theo dõi, cung cấp bản tin dự báo, cảnh báo thiên tai kịp thời cho các cơ quan, địa phương và người dân", "Đài Khí tượng Thủy văn tỉnh", "Báo và Phát thanh, Truyền hình tỉnh", "Khi có tình huống xảy ra", "Bản tin dự báo"),
    T175("5", "Tổ chức tìm kiếm cứu nạn, sơ tán người dân đến nơi an toàn", "Bộ Chỉ huy Quân sự tỉnh", "Công an tỉnh; Sở Y tế; Ủy ban nhân dân các xã, phường", "Từ tháng 6 đến tháng 11/2075", ""),
    T175("6", "Thống kê thiệt hại, đề xuất hỗ trợ khôi phục sản xuất sau thiên tai", "Sở Nông nghiệp và Môi trường", "Sở Tài chính", "Sau mỗi đợt thiên tai", "Báo cáo đánh giá thiệt hại"),
    T175("7", "Tổng kết công tác phòng, chống thiên tai năm 2075", "Sở Nông nghiệp và Môi trường", "Các thành viên Ban Chỉ huy", "Tháng 12/2075", "Báo cáo tổng kết"))]}
T176 = tasker("content", "lead", "coordinating", "extra:Cấp ban hành", "timeframe")
P176 = {"schema": "annex/v1", "appendix": "I", "title": "DANH MỤC VĂN BẢN QUY ĐỊNH CHI TIẾT THI HÀNH LUẬT ĐƯỜNG SẮT NĂM 2076",
 "subtitle": "(Kèm theo Quyết định số 812/QĐ-BXD ngày 14/7/2076 của Bộ trưởng Bộ Xây dựng)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "extra", "timeframe"),
   ["TT", "Tên văn bản", "Cơ quan chủ trì soạn thảo", "Cơ quan phối hợp", "Cấp ban hành", "Thời gian trình"], [0.05, 0.38, 0.15, 0.17, 0.12, 0.13])],
 "items": [
  SK("I", "NGHỊ ĐỊNH CỦA CHÍNH PHỦ",
    T176("1", "Nghị định quy định chi tiết một số điều của Luật Đường sắt về quản lý, bảo trì kết cấu hạ tầng đường sắt quốc gia", "Cục Đường sắt Việt Nam", "Bộ Tài chính; Bộ Công an", "Chính phủ", "Tháng 10/2076"),
    T176("2", "Nghị định quy định về điều kiện kinh doanh vận tải đường sắt và kinh doanh kết cấu hạ tầng đường sắt", "Cục Đường sắt Việt Nam", "Bộ Tài chính; Tổng công ty Đường sắt Việt Nam", "Chính phủ", "Tháng 11/2076"),
    T176("3", "Nghị định quy định xử phạt vi phạm hành chính trong lĩnh vực giao thông đường sắt", "Vụ Pháp chế", "Bộ Công an; Bộ Tư pháp", "Chính phủ", "Trước ngày 01/12/2076")),
  SK("II", "THÔNG TƯ CỦA BỘ TRƯỞNG BỘ XÂY DỰNG",
    T176("4", "Thông tư quy định về tiêu chuẩn, nhiệm vụ, quyền hạn của các chức danh nhân viên đường sắt trực tiếp phục vụ chạy tàu", "Cục Đường sắt Việt Nam", "Vụ Tổ chức cán bộ", "Bộ trưởng Bộ Xây dựng", "Tháng 9/2076"),
    T176("5", "Thông tư ban hành Quy chuẩn kỹ thuật quốc gia về khai thác đường sắt", "Vụ Khoa học công nghệ, môi trường và vật liệu xây dựng", "Cục Đường sắt Việt Nam", "Bộ trưởng Bộ Xây dựng", "Quý IV/2076"),
    T176("6", "Thông tư quy định về đào tạo, sát hạch, cấp giấy phép lái tàu", "Cục Đường sắt Việt Nam", "", "Bộ trưởng Bộ Xây dựng", "Tháng 12/2076"),
    T176("7", "Thông tư hướng dẫn về giá dịch vụ sử dụng kết cấu hạ tầng đường sắt do Nhà nước đầu tư", "Cục Kinh tế - Quản lý đầu tư xây dựng", "Cục Đường sắt Việt Nam; Bộ Tài chính", "Bộ trưởng Bộ Xây dựng", "Năm 2076"))]}
# 177: teachers' training with one units column, funding in millions, tasks "1.1" under a task
# and lowercase "- " items; 178: a Party committee's agenda, parts A and B, tasks "1.", quotes.
T177 = tasker("content", "lead", "timeframe", "funding", "note")
P177 = {"schema": "annex/v1", "appendix": "04", "title": "KẾ HOẠCH PHÁT TRIỂN NGUỒN NHÂN LỰC NGÀNH GIÁO DỤC NĂM 2077",
 "subtitle": "(Kèm theo Kế hoạch số 305/KH-SGDĐT ngày 22/02/2077 của Sở Giáo dục và Đào tạo)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "timeframe", "funding", "note"),
   ["STT", "Nội dung thực hiện", "Cơ quan thực hiện", "Thời gian", "Kinh phí (triệu đồng)", "Ghi chú"], [0.06, 0.42, 0.18, 0.12, 0.11, 0.11])],
 "items": [
  SK("I", "ĐÀO TẠO, BỒI DƯỠNG ĐỘI NGŨ",
    T177("1", "Bồi dưỡng thường xuyên cho giáo viên mầm non, phổ thông theo chương trình giáo dục phổ thông 2018", "Phòng Giáo dục Mầm non - Phổ thông", "Tháng 6 - tháng 8/2077", "1.200", "Ngân sách tỉnh", subs=[
      T177("1.1", "Bồi dưỡng năng lực dạy học tích hợp, dạy học theo chủ đề cho giáo viên trung học cơ sở", "Trường Cao đẳng Sư phạm tỉnh", "Tháng 7/2077", "450", ""),
      T177("1.2", "Bồi dưỡng kỹ năng ứng dụng công nghệ thông tin trong dạy học cho giáo viên tiểu học", "Trung tâm Giáo dục thường xuyên tỉnh", "Tháng 8/2077", "300", "")]),
    T177("2", "Cử cán bộ quản lý tham gia lớp bồi dưỡng nghiệp vụ quản lý giáo dục do Bộ Giáo dục và Đào tạo tổ chức", "Phòng Tổ chức cán bộ", "Theo kế hoạch của Bộ", "150", ""),
    T177("3", "Đào tạo nâng chuẩn trình độ cho giáo viên chưa đạt chuẩn theo Luật Giáo dục năm 2019:\n- giáo viên mầm non: 120 người;\n- giáo viên tiểu học: 85 người", "Phòng Tổ chức cán bộ", "2077 - 2078", "2.350", "Ngân sách tỉnh và học phí")),
  SK("II", "TUYỂN DỤNG, SẮP XẾP ĐỘI NGŨ",
    T177("4", "Tuyển dụng giáo viên còn thiếu theo định mức tại các trường vùng đặc biệt khó khăn", "Ủy ban nhân dân các huyện", "Quý III/2077", "", "Theo chỉ tiêu được giao"),
    T177("5", "Điều động, biệt phái giáo viên giữa các trường thừa, thiếu", "Phòng Giáo dục và Đào tạo các huyện", "Trước năm học mới", "", ""),
    T177("6", "Tổng kết, đánh giá kết quả thực hiện Kế hoạch", "Văn phòng Sở", "Tháng 12/2077", "20", ""))]}
T178 = tasker("content", "lead", "coordinating", "timeframe", "deliverable")
P178 = {"schema": "annex/v1", "appendix": "", "title": "DANH MỤC CÁC ĐỀ ÁN, VĂN BẢN TRÌNH BAN THƯỜNG VỤ TỈNH ỦY NĂM 2078",
 "subtitle": "(Kèm theo Chương trình số 12-CTr/TU ngày 06/01/2078 của Ban Thường vụ Tỉnh ủy)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "deliverable"),
   ["TT", "Tên đề án, văn bản", "Cơ quan chủ trì tham mưu", "Cơ quan phối hợp", "Thời gian trình", "Hình thức văn bản"], [0.05, 0.35, 0.18, 0.18, 0.11, 0.13])],
 "items": [
  SK("A", "CÁC ĐỀ ÁN, VĂN BẢN TRÌNH BAN CHẤP HÀNH ĐẢNG BỘ TỈNH", *[
    T178("1.", "Đề án “Phát triển kinh tế số và xã hội số tỉnh đến năm 2085”", "Đảng ủy Ủy ban nhân dân tỉnh", "Ban Tuyên giáo và Dân vận Tỉnh ủy; Sở Khoa học và Công nghệ", "Tháng 4/2078", "Nghị quyết"),
    T178("2.", "Báo cáo kiểm điểm sự lãnh đạo, chỉ đạo của Ban Chấp hành Đảng bộ tỉnh năm 2078", "Văn phòng Tỉnh ủy", "Các ban đảng Tỉnh ủy", "Tháng 12/2078", "Báo cáo")], kind="part"),
  SK("B", "CÁC ĐỀ ÁN, VĂN BẢN TRÌNH BAN THƯỜNG VỤ TỈNH ỦY", *[
    T178("3.", "Tổng kết 10 năm thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Các huyện ủy, thị ủy, thành ủy", "Quý II/2078", "Báo cáo, Kết luận"),
    T178("4.", "Quy chế phối hợp giữa Ủy ban Kiểm tra Tỉnh ủy với Thanh tra tỉnh", "Ủy ban Kiểm tra Tỉnh ủy", "Thanh tra tỉnh", "Quý III/2078", "Quy chế"),
    T178("5.", "Chỉ thị về lãnh đạo công tác phòng, chống tham nhũng, lãng phí, tiêu cực", "Ban Nội chính Tỉnh ủy", "Đảng ủy Công an tỉnh; Đảng ủy Ủy ban nhân dân tỉnh", "Tháng 9/2078", "Chỉ thị"),
    T178("6.", "Đề án sắp xếp tổ chức bộ máy các cơ quan đảng, Mặt trận Tổ quốc và đoàn thể chính trị - xã hội tỉnh", "Ban Tổ chức Tỉnh ủy", "", "Tháng 10/2078", "Đề án, Nghị quyết")], kind="part")]}
# 179: a commune's model new-rural tasks, an extra column of targets before the units, four
# columns; 180: an economic census, the time before the units, sections as merged cells.
T179 = tasker("content", "extra:Chỉ tiêu", "lead", "timeframe")
P179 = {"schema": "annex/v1", "appendix": "II", "title": "NHIỆM VỤ, GIẢI PHÁP XÂY DỰNG XÃ ĐẠT CHUẨN NÔNG THÔN MỚI KIỂU MẪU NĂM 2079",
 "subtitle": "(Kèm theo Kế hoạch số 41/KH-UBND ngày 15/3/2079 của Ủy ban nhân dân xã)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "extra", "lead", "timeframe"),
   ["TT", "Nhiệm vụ, giải pháp", "Chỉ tiêu", "Đơn vị thực hiện", "Thời gian hoàn thành"], [0.06, 0.44, 0.13, 0.22, 0.15])],
 "items": [
  SK("I", "Phát triển sản xuất, nâng cao thu nhập",
    T179("1", "Xây dựng vùng sản xuất lúa chất lượng cao gắn với liên kết tiêu thụ sản phẩm", "120 ha", "Hợp tác xã Nông nghiệp Đông Thành", "Vụ Đông Xuân 2078 - 2079"),
    T179("2", "Phát triển sản phẩm OCOP đạt từ 3 sao trở lên", "02 sản phẩm", "Công chức Nông nghiệp - Môi trường xã", "Tháng 10/2079"),
    T179("3", "Thu nhập bình quân đầu người", "≥ 95 triệu đồng/người/năm", "Ủy ban nhân dân xã", "Năm 2079")),
  SK("II", "Cảnh quan, môi trường",
    T179("4", "Trồng cây xanh, hoa trên các tuyến đường liên thôn, ngõ xóm", "15 km", "Hội Liên hiệp Phụ nữ xã; Đoàn Thanh niên xã", "Quý II/2079"),
    T179("5", "Thu gom, xử lý chất thải rắn sinh hoạt", "100%", "Ban Quản lý các thôn", "Thường xuyên"),
    T179("6", "Xây dựng mô hình khu dân cư kiểu mẫu, vườn mẫu", "03 thôn; 50 vườn", "Ban Phát triển các thôn", "Tháng 11/2079")),
  SK("III", "An ninh, trật tự",
    T179("7", "Duy trì mô hình “Camera an ninh” tại các thôn", "100% thôn", "Công an xã", "Năm 2079"))]}
T180 = tasker("content", "timeframe", "lead", "coordinating", "deliverable")
P180 = {"schema": "annex/v1", "appendix": "03", "title": "NHIỆM VỤ TRIỂN KHAI TỔNG ĐIỀU TRA KINH TẾ NĂM 2080",
 "subtitle": "(Ban hành kèm theo Quyết định số 155/QĐ-BCĐ ngày 20/01/2080 của Ban Chỉ đạo Tổng điều tra kinh tế tỉnh)", "sectionStyle": "merged",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "timeframe", "lead", "coordinating", "deliverable"),
   ["STT", "Nội dung công việc", "Thời gian thực hiện", "Cơ quan chủ trì", "Cơ quan phối hợp thực hiện", "Sản phẩm dự kiến"], [0.05, 0.33, 0.13, 0.15, 0.18, 0.16])],
 "items": [
  SK("I", "Công tác chuẩn bị",
    T180("1", "Rà soát, lập bảng kê các cơ sở sản xuất kinh doanh cá thể trên địa bàn", "Tháng 3 - tháng 4/2080", "Chi cục Thống kê khu vực", "Ủy ban nhân dân các xã, phường", "Bảng kê cơ sở"),
    T180("2", "Tuyển chọn, tập huấn điều tra viên, giám sát viên", "Tháng 5/2080", "Chi cục Thống kê khu vực", "Sở Tài chính", "Danh sách điều tra viên được tập huấn")),
  SK("II", "Thu thập thông tin",
    T180("1", "Thu thập thông tin doanh nghiệp, hợp tác xã bằng phiếu điện tử (Webform)", "Từ ngày 01/6 đến ngày 31/7/2080", "Chi cục Thống kê khu vực", "Thuế tỉnh; Sở Tài chính", "Dữ liệu doanh nghiệp"),
    T180("2", "Thu thập thông tin cơ sở cá thể bằng thiết bị điện tử cầm tay (CAPI)", "Tháng 7/2080", "Ủy ban nhân dân các xã, phường", "Chi cục Thống kê khu vực", "Dữ liệu cơ sở cá thể"),
    T180("3", "Kiểm tra, giám sát công tác thu thập thông tin", "Trong thời gian thu thập", "Ban Chỉ đạo Tổng điều tra tỉnh", "", "Biên bản kiểm tra")),
  SK("III", "Tổng hợp, công bố kết quả",
    T180("1", "Nghiệm thu, làm sạch dữ liệu; tổng hợp kết quả sơ bộ", "Quý IV/2080", "Chi cục Thống kê khu vực", "", "Báo cáo kết quả sơ bộ"),
    T180("2", "Tổ chức hội nghị công bố kết quả Tổng điều tra", "Tháng 12/2080", "Ban Chỉ đạo Tổng điều tra tỉnh", "Các sở, ngành; Ủy ban nhân dân các xã, phường", "Hội nghị công bố"))]}
# 181: a province's agricultural digital transformation tasks, tasks numbered on across
# sections, funding sources in their own column, sub-tasks "a", "b" with "- " items;
# 182: a ministry's plan for a Government resolution, tasks "1.", sub-tasks "1.1.", products
# that name the level they go to ("Tờ trình Thủ tướng Chính phủ").
T181 = tasker("content", "lead", "coordinating", "funding", "timeframe")
P181 = {"schema": "annex/v1", "appendix": "01", "title": "DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ NGÀNH NÔNG NGHIỆP TỈNH GIAI ĐOẠN 2081 - 2085",
 "subtitle": "(Kèm theo Kế hoạch số 96/KH-UBND ngày 08/4/2081 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "funding", "timeframe"),
   ["STT", "Nhiệm vụ cụ thể", "Đơn vị chủ trì", "Đơn vị phối hợp", "Nguồn kinh phí", "Thời gian thực hiện"], [0.05, 0.36, 0.16, 0.18, 0.13, 0.12])],
 "items": [
  SK("I", "XÂY DỰNG CƠ SỞ DỮ LIỆU NGÀNH",
    T181("1", "Xây dựng cơ sở dữ liệu về đất trồng trọt, vùng trồng được cấp mã số phục vụ truy xuất nguồn gốc nông sản xuất khẩu", "Sở Nông nghiệp và Môi trường", "UBND các xã, phường; các hợp tác xã nông nghiệp", "Ngân sách tỉnh", "2081 - 2082"),
    T181("2", "Số hóa dữ liệu về chăn nuôi, thú y, thủy sản; kết nối với cơ sở dữ liệu quốc gia của Bộ Nông nghiệp và Môi trường", "Chi cục Chăn nuôi, Thú y và Thủy sản", "Trung tâm Chuyển đổi số tỉnh", "Ngân sách tỉnh; vốn sự nghiệp", "Năm 2082", subs=[
      T181("a", "Dữ liệu cơ sở chăn nuôi quy mô trang trại:\n- cấp mã định danh cho từng trang trại;\n- cập nhật tổng đàn theo quý", "Chi cục Chăn nuôi, Thú y và Thủy sản", "UBND các xã", "", "Quý II/2082"),
      T181("b", "Dữ liệu tàu cá, cảng cá và nhật ký khai thác điện tử", "Chi cục Chăn nuôi, Thú y và Thủy sản", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "", "Quý IV/2082")]),
    T181("3", "Cập nhật bản đồ số hiện trạng rừng, theo dõi diễn biến rừng bằng ảnh viễn thám", "Chi cục Kiểm lâm", "Các Ban quản lý rừng phòng hộ, đặc dụng", "Vốn sự nghiệp lâm nghiệp", "Hằng năm")),
  SK("II", "ỨNG DỤNG CÔNG NGHỆ SỐ TRONG SẢN XUẤT",
    T181("4", "Xây dựng 05 mô hình nông nghiệp thông minh ứng dụng cảm biến, tưới tự động, điều khiển qua điện thoại", "Trung tâm Khuyến nông tỉnh", "Các doanh nghiệp công nghệ; Hội Nông dân tỉnh", "Ngân sách tỉnh; vốn đối ứng của người dân", "2081 - 2083"),
    T181("5", "Hỗ trợ hợp tác xã, chủ thể OCOP đưa sản phẩm lên sàn thương mại điện tử; đào tạo kỹ năng bán hàng trực tuyến", "Sở Công Thương", "Liên minh Hợp tác xã tỉnh; Bưu điện tỉnh", "Chương trình khuyến công", "Thường xuyên"),
    T181("6", "Triển khai hệ thống cảnh báo sớm dịch hại cây trồng, dịch bệnh động vật trên nền tảng số", "Chi cục Trồng trọt và Bảo vệ thực vật", "", "Ngân sách tỉnh", "Quý III/2081")),
  SK("III", "ĐÀO TẠO NGUỒN NHÂN LỰC VÀ TRUYỀN THÔNG",
    T181("7", "Tập huấn kỹ năng số cho cán bộ khuyến nông cơ sở, tổ công nghệ số cộng đồng ở thôn, bản", "Trung tâm Khuyến nông tỉnh", "UBND các xã; Tỉnh Đoàn", "Vốn sự nghiệp", "Hằng năm"),
    T181("8", "Xây dựng chuyên mục “Nông nghiệp số” trên Báo và Phát thanh, Truyền hình tỉnh", "Báo và Phát thanh, Truyền hình tỉnh", "Sở Nông nghiệp và Môi trường", "Kinh phí thường xuyên", "Từ Quý I/2082"),
    T181("9", "Sơ kết giữa kỳ, tổng kết thực hiện Kế hoạch", "Sở Nông nghiệp và Môi trường", "Các sở, ngành; UBND các xã, phường", "", "Năm 2083, năm 2085"))]}
T182 = tasker("content", "lead", "coordinating", "deliverable", "timeframe")
P182 = {"schema": "annex/v1", "appendix": "", "title": "DANH MỤC NHIỆM VỤ CỦA BỘ TÀI CHÍNH TRIỂN KHAI NGHỊ QUYẾT CỦA CHÍNH PHỦ VỀ CẢI THIỆN MÔI TRƯỜNG KINH DOANH NĂM 2082",
 "subtitle": "(Kèm theo Quyết định số 457/QĐ-BTC ngày 02/3/2082 của Bộ trưởng Bộ Tài chính)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "deliverable", "timeframe"),
   ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Sản phẩm", "Thời hạn"], [0.06, 0.37, 0.15, 0.16, 0.16, 0.10])],
 "items": [
  SK("I", "HOÀN THIỆN THỂ CHẾ",
    T182("1.", "Nghiên cứu, sửa đổi Nghị định quy định chi tiết Luật Doanh nghiệp về đăng ký doanh nghiệp theo hướng rút ngắn thời gian đăng ký còn 01 ngày làm việc", "Cục Phát triển doanh nghiệp tư nhân và kinh tế tập thể", "Vụ Pháp chế; Bộ Tư pháp", "Nghị định của Chính phủ", "Tháng 9/2082"),
    T182("2.", "Rà soát, bãi bỏ các điều kiện đầu tư kinh doanh không cần thiết thuộc phạm vi quản lý của Bộ", "Vụ Pháp chế", "Các cục, vụ thuộc Bộ", "Tờ trình Thủ tướng Chính phủ", "Quý III/2082", subs=[
      T182("2.1.", "Lĩnh vực kinh doanh chứng khoán, bảo hiểm", "Ủy ban Chứng khoán Nhà nước", "Cục Quản lý, giám sát bảo hiểm", "Phương án cắt giảm", "Tháng 6/2082"),
      T182("2.2.", "Lĩnh vực kế toán, kiểm toán, thẩm định giá", "Cục Quản lý, giám sát kế toán, kiểm toán", "Cục Quản lý giá", "Phương án cắt giảm", "Tháng 6/2082")]),
    T182("3.", "Xây dựng Thông tư hướng dẫn hóa đơn điện tử khởi tạo từ máy tính tiền đối với hộ kinh doanh", "Cục Thuế", "Vụ Chính sách thuế, phí và lệ phí", "Thông tư của Bộ trưởng Bộ Tài chính", "Quý II/2082")),
  SK("II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH, ỨNG DỤNG CÔNG NGHỆ THÔNG TIN",
    T182("4.", "Cung cấp 100% dịch vụ công trực tuyến toàn trình đối với thủ tục thuế, hải quan, kho bạc đủ điều kiện", "Cục Công nghệ thông tin và Chuyển đổi số", "Cục Thuế; Cục Hải quan; Kho bạc Nhà nước", "Dịch vụ công được cung cấp trên Cổng Dịch vụ công quốc gia", "Năm 2082"),
    T182("5.", "Kết nối Cơ chế một cửa quốc gia với các bộ, ngành; giảm thời gian thông quan hàng hóa xuất khẩu, nhập khẩu", "Cục Hải quan", "Các bộ: Công Thương, Nông nghiệp và Môi trường, Y tế", "Báo cáo kết quả kết nối", "Tháng 12/2082"),
    T182("6.", "Đánh giá mức độ hài lòng của doanh nghiệp đối với thủ tục hành chính thuế", "Cục Thuế", "Liên đoàn Thương mại và Công nghiệp Việt Nam", "", "Quý IV/2082")),
  SK("III", "TỔ CHỨC THỰC HIỆN",
    T182("7.", "Theo dõi, đôn đốc và tổng hợp tình hình thực hiện; báo cáo Thủ tướng Chính phủ", "Văn phòng Bộ", "Các đơn vị thuộc Bộ", "Báo cáo định kỳ 6 tháng, năm", "Trước ngày 15/6 và 15/12"))]}
# 183: a province's rural clean water and sanitation tasks: letter parts "A", "B" above
# roman sections, tasks numbered again in each section, the time before the product,
# a notes column empty in most rows;
# 184: a province's emulation and commendation tasks: an extra column of the head
# answerable, dotted subsections "II.1", cells with "(1) …; (2) …" items, a row without
# a number going on the task above.
T183 = tasker("content", "lead", "coordinating", "timeframe", "deliverable", "note")
P183 = {"schema": "annex/v1", "appendix": "02", "title": "NHIỆM VỤ BẢO ĐẢM CẤP NƯỚC SẠCH VÀ VỆ SINH MÔI TRƯỜNG NÔNG THÔN GIAI ĐOẠN 2083 - 2085",
 "subtitle": "(Kèm theo Kế hoạch số 141/KH-UBND ngày 17/5/2083 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "deliverable", "note"),
   ["STT", "Nội dung công việc", "Đơn vị chủ trì thực hiện", "Đơn vị phối hợp", "Thời gian hoàn thành", "Sản phẩm đầu ra", "Ghi chú"], [0.05, 0.33, 0.15, 0.16, 0.11, 0.13, 0.07])],
 "items": [
  SK("A", "CẤP NƯỚC SẠCH NÔNG THÔN",
    SK("I", "Quy hoạch và đầu tư công trình",
      T183("1", "Rà soát, đánh giá hiện trạng các công trình cấp nước tập trung nông thôn; phân loại công trình hoạt động bền vững, trung bình, kém bền vững và không hoạt động", "Sở Nông nghiệp và Môi trường", "UBND các xã; Trung tâm Nước sạch và Vệ sinh môi trường nông thôn", "Quý III/2083", "Báo cáo đánh giá hiện trạng"),
      T183("2", "Đầu tư xây dựng mới, nâng cấp, mở rộng mạng lưới đường ống các nhà máy nước liên xã", "Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp", "Sở Tài chính; Sở Xây dựng", "2083 - 2085", "Công trình hoàn thành, bàn giao", "Vốn đầu tư công"),
      T183("3", "Kêu gọi doanh nghiệp, hợp tác xã đầu tư, quản lý vận hành công trình cấp nước theo hình thức xã hội hóa", "Sở Tài chính", "Sở Nông nghiệp và Môi trường; Hiệp hội Doanh nghiệp tỉnh", "Thường xuyên", "Danh mục dự án kêu gọi đầu tư")),
    SK("II", "Quản lý, vận hành và bảo đảm chất lượng nước",
      T183("1", "Kiểm tra, giám sát chất lượng nước sạch tại các công trình cấp nước tập trung theo quy chuẩn kỹ thuật địa phương", "Sở Y tế", "Trung tâm Kiểm soát bệnh tật tỉnh; UBND các xã", "Hằng quý", "Kết quả xét nghiệm mẫu nước", "Công khai trên Cổng thông tin điện tử tỉnh"),
      T183("2", "Xây dựng, phê duyệt kế hoạch cấp nước an toàn, chống thất thoát, thất thu nước sạch", "Các đơn vị cấp nước", "Sở Nông nghiệp và Môi trường", "Tháng 12/2083", "Kế hoạch cấp nước an toàn được phê duyệt")), kind="part"),
  SK("B", "VỆ SINH MÔI TRƯỜNG NÔNG THÔN",
    SK("I", "Vệ sinh hộ gia đình và nơi công cộng",
      T183("1", "Vận động hộ gia đình xây dựng, cải tạo nhà tiêu hợp vệ sinh; hỗ trợ hộ nghèo, hộ cận nghèo vật liệu xây dựng", "Hội Liên hiệp Phụ nữ tỉnh", "Sở Y tế; Ngân hàng Chính sách xã hội chi nhánh tỉnh", "Hằng năm", "Số nhà tiêu hợp vệ sinh được xây mới"),
      T183("2", "Bảo đảm nước sạch, nhà vệ sinh tại trường học, trạm y tế xã, chợ nông thôn", "Sở Giáo dục và Đào tạo; Sở Y tế", "UBND các xã", "2083 - 2084", "Công trình vệ sinh được đưa vào sử dụng")),
    SK("II", "Truyền thông, thay đổi hành vi",
      T183("1", "Tổ chức chiến dịch truyền thông rửa tay với xà phòng, sử dụng nước sạch tiết kiệm nhân Tuần lễ Quốc gia nước sạch và vệ sinh môi trường", "Trung tâm Nước sạch và Vệ sinh môi trường nông thôn", "Báo và Phát thanh, Truyền hình tỉnh; Tỉnh Đoàn", "Tháng 4 - 5 hằng năm", "Tài liệu, tin bài, phóng sự"),
      T183("2", "Sơ kết, đánh giá kết quả thực hiện; báo cáo UBND tỉnh", "Sở Nông nghiệp và Môi trường", "Các sở, ngành liên quan", "Trước ngày 15/12 hằng năm", "Báo cáo sơ kết", "Định kỳ")), kind="part"),
 ]}
T184 = tasker("content", "extra:Người đứng đầu chịu trách nhiệm", "lead", "coordinating", "timeframe")
P184 = {"schema": "annex/v1", "appendix": "", "title": "DANH MỤC NHIỆM VỤ ĐỔI MỚI CÔNG TÁC THI ĐUA, KHEN THƯỞNG NĂM 2084",
 "subtitle": "(Ban hành kèm theo Quyết định số 388/QĐ-UBND ngày 05/3/2084 của Chủ tịch Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "extra", "lead", "coordinating", "timeframe"),
   ["TT", "Nhiệm vụ, giải pháp", "Người đứng đầu chịu trách nhiệm", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian dự kiến hoàn thành"], [0.05, 0.36, 0.13, 0.14, 0.18, 0.14])],
 "items": [
  SK("I", "HOÀN THIỆN CƠ CHẾ, CHÍNH SÁCH",
    T184("1", "Sửa đổi Quy chế công tác thi đua, khen thưởng của tỉnh phù hợp với Luật Thi đua, khen thưởng và các nghị định hướng dẫn", "Giám đốc Sở Nội vụ", "Sở Nội vụ", "Sở Tư pháp; Văn phòng UBND tỉnh", "Quý II/2084"),
    T184("2", "Hướng dẫn tiêu chí xét tặng danh hiệu thi đua đối với tập thể, cá nhân trực tiếp lao động, sản xuất: (1) công nhân, nông dân; (2) người lao động trong doanh nghiệp; (3) đội viên hợp tác xã", "Giám đốc Sở Nội vụ", "Ban Thi đua - Khen thưởng", "Liên đoàn Lao động tỉnh; Hội Nông dân tỉnh; Liên minh Hợp tác xã tỉnh", "Tháng 6/2084")),
  SK("II", "TỔ CHỨC CÁC PHONG TRÀO THI ĐUA",
    SK("II.1", "Phong trào thi đua thường xuyên",
      T184("3", "Phát động phong trào thi đua hoàn thành thắng lợi nhiệm vụ phát triển kinh tế - xã hội năm 2084", "Chủ tịch UBND tỉnh", "Sở Nội vụ", "Các sở, ban, ngành; UBND các xã, phường", "Tháng 01/2084"),
      T184("4", "Ký kết giao ước thi đua giữa các khối, cụm thi đua; chấm điểm, bình xét theo bộ tiêu chí", "Trưởng các khối, cụm thi đua", "Các khối, cụm thi đua", "Ban Thi đua - Khen thưởng", "Tháng 3 và tháng 11/2084"), kind="subsection"),
    SK("II.2", "Phong trào thi đua theo đợt, chuyên đề",
      T184("5", "Phong trào thi đua chung sức xây dựng nông thôn mới, đô thị văn minh", "Giám đốc Sở Nông nghiệp và Môi trường", "Văn phòng Điều phối nông thôn mới tỉnh", "UBND các xã; Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "2084 - 2085"),
      T184("6", "Phong trào thi đua cải cách hành chính, chuyển đổi số trong các cơ quan nhà nước", "Giám đốc Sở Khoa học và Công nghệ", "Sở Khoa học và Công nghệ", "Sở Nội vụ; Văn phòng UBND tỉnh", "Năm 2084") | {
        "cont": [{"content": "- Biểu dương các mô hình, cách làm hay trong giải quyết thủ tục hành chính trực tuyến", "timeframe": "Quý IV/2084"}]}, kind="subsection")),
  SK("III", "PHÁT HIỆN, BỒI DƯỠNG VÀ NHÂN RỘNG ĐIỂN HÌNH TIÊN TIẾN",
    T184("7", "Tổ chức Hội nghị điển hình tiên tiến; tôn vinh, khen thưởng kịp thời các tập thể, cá nhân có thành tích xuất sắc, đột xuất", "Chủ tịch UBND tỉnh", "Sở Nội vụ", "Các cơ quan thông tấn, báo chí", "Quý III/2084"),
    T184("8", "Tuyên truyền gương người tốt, việc tốt trên các phương tiện thông tin đại chúng: (1) chuyên mục trên báo in, báo điện tử; (2) phóng sự truyền hình; (3) trang thông tin điện tử của các cơ quan, đơn vị", "Tổng Biên tập Báo và Phát thanh, Truyền hình tỉnh", "Báo và Phát thanh, Truyền hình tỉnh", "Sở Văn hóa, Thể thao và Du lịch", "Thường xuyên"),
    T184("9", "Kiểm tra, tổng kết công tác thi đua, khen thưởng; đề xuất khen thưởng cấp Nhà nước", "Giám đốc Sở Nội vụ", "Ban Thi đua - Khen thưởng", "Các khối, cụm thi đua", "Tháng 12/2084"))]}
# 185: a ministry's plan for energy saving in industry: appendix "II", sections as one
# merged cell "I. TITLE", tasks "1.1", "1.2" directly under a section with no task "1",
# the product before the deadline, coordinating units given as bulleted lists;
# 186: a ward's plan for urban order, greenery and waste: seven columns with funding
# and notes, sentence-case sections, tasks numbered on across sections, lettered
# sub-tasks, a few empty coordinating and funding cells.
T185 = tasker("content", "lead", "coordinating", "deliverable", "timeframe")
P185 = {"schema": "annex/v1", "appendix": "II", "title": "NHIỆM VỤ THỰC HIỆN CHƯƠNG TRÌNH SỬ DỤNG NĂNG LƯỢNG TIẾT KIỆM VÀ HIỆU QUẢ TRONG NGÀNH CÔNG NGHIỆP GIAI ĐOẠN 2085 - 2090",
 "subtitle": "(Ban hành kèm theo Quyết định số 1207/QĐ-BCT ngày 14/6/2085 của Bộ trưởng Bộ Công Thương)", "sectionStyle": "merged",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "deliverable", "timeframe"),
   ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Sản phẩm", "Thời hạn"], [0.06, 0.34, 0.15, 0.19, 0.16, 0.10])],
 "items": [
  SK("I", "HOÀN THIỆN THỂ CHẾ, CHÍNH SÁCH",
    T185("1.1", "Xây dựng Thông tư quy định định mức tiêu hao năng lượng trong các ngành thép, xi măng, giấy và nhựa", "Vụ Khoa học và Công nghệ", "- Vụ Pháp chế;\n- Cục Hóa chất;\n- Các hiệp hội ngành hàng", "Thông tư được ban hành", "Năm 2086"),
    T185("1.2", "Rà soát, đề xuất sửa đổi cơ chế giá điện khuyến khích đầu tư hệ thống quản lý năng lượng tại doanh nghiệp", "Cục Điều tiết điện lực", "Tập đoàn Điện lực Việt Nam; Bộ Tài chính", "Báo cáo đề xuất", "Quý IV/2085")),
  SK("II", "NÂNG CAO NĂNG LỰC VÀ TRUYỀN THÔNG",
    T185("2.1", "Đào tạo, cấp chứng chỉ quản lý năng lượng và kiểm toán viên năng lượng cho cán bộ kỹ thuật của doanh nghiệp", "Trường Đại học Điện lực", "- Sở Công Thương các tỉnh, thành phố;\n- Các cơ sở sử dụng năng lượng trọng điểm", "Khóa đào tạo, chứng chỉ", "Hằng năm"),
    T185("2.2", "Xây dựng cơ sở dữ liệu về tiêu thụ năng lượng của các cơ sở sử dụng năng lượng trọng điểm; kết nối với hệ thống thông tin của Bộ", "Trung tâm Thông tin Công nghiệp và Thương mại", "Sở Công Thương các tỉnh, thành phố", "Cơ sở dữ liệu vận hành", "2085 - 2087"),
    T185("2.3", "Tổ chức Giải thưởng Hiệu quả năng lượng trong công nghiệp; phổ biến các mô hình điển hình", "Vụ Khoa học và Công nghệ", "", "Lễ trao giải, ấn phẩm", "Tháng 10 hằng năm")),
  SK("III", "HỖ TRỢ DOANH NGHIỆP ĐỔI MỚI CÔNG NGHỆ",
    T185("3.1", "Hỗ trợ kiểm toán năng lượng, cải tạo dây chuyền sản xuất cho doanh nghiệp nhỏ và vừa; ưu tiên các cụm công nghiệp làng nghề", "Cục Công Thương địa phương", "Ngân hàng Phát triển Việt Nam; Quỹ Bảo vệ môi trường Việt Nam", "Số doanh nghiệp được hỗ trợ", "2085 - 2090"),
    T185("3.2", "Tổng kết, đánh giá kết quả thực hiện Chương trình, báo cáo Bộ trưởng", "Vụ Khoa học và Công nghệ", "Các đơn vị thuộc Bộ", "Báo cáo tổng kết", "Quý I/2091")),
 ]}
T186 = tasker("content", "lead", "coordinating", "timeframe", "funding", "note")
P186 = {"schema": "annex/v1", "appendix": "", "title": "KẾ HOẠCH CHỈNH TRANG ĐÔ THỊ, PHÁT TRIỂN CÂY XANH VÀ QUẢN LÝ CHẤT THẢI RẮN TRÊN ĐỊA BÀN PHƯỜNG NĂM 2086",
 "subtitle": "(Kèm theo Kế hoạch số 56/KH-UBND ngày 09/01/2086 của Ủy ban nhân dân phường)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "funding", "note"),
   ["STT", "Nội dung thực hiện", "Bộ phận chủ trì", "Bộ phận phối hợp", "Thời gian thực hiện", "Kinh phí", "Ghi chú"], [0.05, 0.31, 0.15, 0.17, 0.11, 0.12, 0.09])],
 "items": [
  SK("I", "Chỉnh trang đô thị, lập lại trật tự lòng đường, vỉa hè",
    T186("1", "Ra quân xử lý lấn chiếm vỉa hè, lòng đường, biển quảng cáo sai quy định trên các tuyến phố chính", "Đội Trật tự đô thị phường", "Công an phường; Tổ dân phố", "Hằng tháng", "Ngân sách phường"),
    T186("2", "Sơn sửa mặt tiền, chỉnh trang hệ thống chiếu sáng, biển tên đường:", "Phòng Kinh tế, Hạ tầng và Đô thị", "", "Quý II/2086", "", "", subs=(
      {"kind": "task", "number": "a", "content": "Tuyến phố đi bộ và khu vực chợ trung tâm", "lead": "Phòng Kinh tế, Hạ tầng và Đô thị", "coordinating": "Ban Quản lý chợ", "timeframe": "Tháng 4/2086", "funding": "Xã hội hóa", "note": ""},
      {"kind": "task", "number": "b", "content": "Các tuyến đường trong khu dân cư mới", "lead": "Ban Quản lý dự án phường", "coordinating": "Các chủ đầu tư dự án", "timeframe": "Tháng 6/2086", "funding": "Ngân sách thành phố", "note": "Theo danh mục được duyệt"}))),
  SK("II", "Phát triển cây xanh, công viên",
    T186("3", "Trồng mới 1.500 cây xanh bóng mát trên vỉa hè, dải phân cách và trong khuôn viên trường học", "Phòng Kinh tế, Hạ tầng và Đô thị", "Công ty Công viên cây xanh; các trường học trên địa bàn", "Tháng 3 - 9/2086", "Ngân sách phường và xã hội hóa"),
    T186("4", "Cải tạo vườn hoa, sân chơi cho trẻ em tại các khu dân cư", "Ban Quản lý dự án phường", "Ủy ban Mặt trận Tổ quốc Việt Nam phường", "Năm 2086", "1,2 tỷ đồng", "Vốn ngân sách phân cấp")),
  SK("III", "Quản lý chất thải rắn sinh hoạt",
    T186("5", "Triển khai phân loại chất thải rắn sinh hoạt tại nguồn ở 100% tổ dân phố; bố trí điểm tập kết đúng quy định", "Phòng Kinh tế, Hạ tầng và Đô thị", "Hội Liên hiệp Phụ nữ phường; Đoàn Thanh niên phường; các tổ dân phố", "Từ tháng 01/2086", "Ngân sách phường"),
    T186("6", "Kiểm tra, xử lý vi phạm về vệ sinh môi trường, đổ thải trái phép", "Công an phường", "Đội Trật tự đô thị phường", "Thường xuyên", "", "Báo cáo kết quả hằng quý"),
    T186("7", "Sơ kết 6 tháng, tổng kết năm; khen thưởng tổ dân phố tiêu biểu", "Văn phòng HĐND và UBND phường", "Các bộ phận chuyên môn", "Tháng 7 và tháng 12/2086", "Ngân sách phường")),
 ]}
# 187: a province's plan for the care of older people: the time before the result,
# tasks numbered on across sections "1.", "2." printed with dots, lettered sub-tasks
# "a)", long lists of coordinating units, a task whose coordinating cell is empty;
# 188: a district's plan for school safety in five columns (no coordinating or
# product column): STT, content, lead, time, notes; sections in sentence case
# with tasks "1" that hold only their content (the other cells empty) over sub-tasks
# "1.1", "1.2", notes holding legal references, some empty.
T187 = tasker("content", "lead", "coordinating", "timeframe", "deliverable")
P187 = {"schema": "annex/v1", "appendix": "03", "title": "DANH MỤC NHIỆM VỤ THỰC HIỆN CHƯƠNG TRÌNH HÀNH ĐỘNG VỀ NGƯỜI CAO TUỔI TRÊN ĐỊA BÀN TỈNH GIAI ĐOẠN 2087 - 2091",
 "subtitle": "(Kèm theo Kế hoạch số 302/KH-UBND ngày 28/10/2087 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "deliverable"),
   ["Số TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Kết quả đầu ra"], [0.05, 0.33, 0.15, 0.19, 0.12, 0.16])],
 "items": [
  SK("I", "CHĂM SÓC SỨC KHỎE NGƯỜI CAO TUỔI",
    T187("1.", "Khám sức khỏe định kỳ, lập hồ sơ theo dõi sức khỏe điện tử cho người cao tuổi tại trạm y tế xã, phường", "Sở Y tế", "Bảo hiểm xã hội tỉnh; Ủy ban nhân dân các xã, phường; Hội Người cao tuổi tỉnh", "Hằng năm", "Tỷ lệ người cao tuổi có hồ sơ sức khỏe"),
    T187("2.", "Phát triển mạng lưới chăm sóc dài hạn cho người cao tuổi tại cộng đồng:", "Sở Y tế", "", "2087 - 2091", "", subs=(
      T187("a)", "Thành lập câu lạc bộ liên thế hệ tự giúp nhau ở các thôn, tổ dân phố", "Hội Người cao tuổi tỉnh", "Ủy ban nhân dân các xã, phường", "Hằng năm", "Số câu lạc bộ được thành lập"),
      T187("b)", "Đào tạo tình nguyện viên chăm sóc người cao tuổi tại nhà", "Hội Chữ thập đỏ tỉnh", "Trung tâm Y tế khu vực", "Quý II hằng năm", "Số tình nguyện viên được đào tạo"))),
    T187("3.", "Nâng cao năng lực khoa lão khoa của bệnh viện đa khoa tỉnh; bố trí giường bệnh lão khoa tại các trung tâm y tế khu vực", "Bệnh viện Đa khoa tỉnh", "Sở Tài chính; Sở Nội vụ", "2088 - 2090", "Khoa lão khoa được nâng cấp")),
  SK("II", "BẢO ĐẢM AN SINH XÃ HỘI CHO NGƯỜI CAO TUỔI",
    T187("4.", "Chi trả trợ cấp xã hội hằng tháng, hỗ trợ mua thẻ bảo hiểm y tế cho người cao tuổi đủ điều kiện kịp thời, đúng quy định", "Ủy ban nhân dân các xã, phường", "Sở Y tế; Bưu điện tỉnh", "Hằng tháng", "Danh sách chi trả"),
    T187("5.", "Vận động doanh nghiệp, nhà hảo tâm hỗ trợ xây, sửa nhà ở cho người cao tuổi nghèo, cô đơn không nơi nương tựa", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Hội Người cao tuổi tỉnh; Ủy ban nhân dân các xã, phường; các doanh nghiệp trên địa bàn", "2087 - 2091", "Số nhà được xây, sửa"),
    T187("6.", "Tạo việc làm phù hợp cho người cao tuổi còn sức khỏe; hỗ trợ vay vốn phát triển kinh tế hộ gia đình", "Sở Nội vụ", "Ngân hàng Chính sách xã hội chi nhánh tỉnh", "Thường xuyên", "Báo cáo kết quả")),
  SK("III", "PHÁT HUY VAI TRÒ NGƯỜI CAO TUỔI",
    T187("7.", "Tổ chức Hội thi, Liên hoan văn nghệ, thể thao người cao tuổi cấp tỉnh", "Sở Văn hóa, Thể thao và Du lịch", "Hội Người cao tuổi tỉnh", "Tháng 10/2088; Tháng 10/2090", "Hội thi, Liên hoan được tổ chức"),
    T187("8.", "Kiểm tra, giám sát việc thực hiện chính sách đối với người cao tuổi; sơ kết giữa kỳ, tổng kết Chương trình", "Sở Y tế", "Các sở, ngành; Ủy ban nhân dân các xã, phường", "Năm 2089; Năm 2091", "Báo cáo sơ kết, tổng kết")),
 ]}
T188 = tasker("content", "lead", "timeframe", "note")
P188 = {"schema": "annex/v1", "appendix": "", "title": "KẾ HOẠCH BẢO ĐẢM AN NINH, AN TOÀN TRƯỜNG HỌC NĂM HỌC 2088 - 2089",
 "subtitle": "(Kèm theo Kế hoạch số 19/KH-UBND ngày 15/8/2088 của Ủy ban nhân dân huyện)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "timeframe", "note"),
   ["TT", "Nội dung công việc", "Đơn vị thực hiện", "Thời gian", "Ghi chú"], [0.06, 0.46, 0.2, 0.13, 0.15])],
 "items": [
  SK("I", "Công tác tuyên truyền, giáo dục",
    T188("1", "Tuyên truyền phòng, chống bạo lực học đường", subs=(
      T188("1.1", "Lồng ghép nội dung phòng, chống bạo lực học đường vào tiết sinh hoạt dưới cờ, hoạt động trải nghiệm", "Các trường mầm non, tiểu học, trung học cơ sở", "Cả năm học"),
      T188("1.2", "Tổ chức diễn đàn học sinh nói không với bạo lực học đường", "Huyện đoàn", "Tháng 11/2088", "Phối hợp Phòng Giáo dục và Đào tạo"))),
    T188("2", "Tuyên truyền an toàn giao thông", subs=(
      T188("2.1", "Ký cam kết chấp hành Luật Trật tự, an toàn giao thông đường bộ giữa nhà trường, phụ huynh và học sinh", "Các trường học", "Tháng 9/2088", "Theo mẫu của Công an huyện"),
      T188("2.2", "Hướng dẫn kỹ năng đi xe đạp điện, xe máy điện an toàn", "Công an huyện", "Học kỳ I", "")))),
  SK("II", "Bảo đảm an toàn cơ sở vật chất",
    T188("1", "Kiểm tra, rà soát trường lớp", subs=(
      T188("1.1", "Rà soát phòng học xuống cấp, tường rào, cây xanh có nguy cơ gãy đổ; lập phương án sửa chữa trước mùa mưa bão", "Phòng Kinh tế, Hạ tầng và Đô thị", "Tháng 8 - 9/2088", "Báo cáo Ủy ban nhân dân huyện"),
      T188("1.2", "Kiểm tra an toàn phòng cháy, chữa cháy, hệ thống điện tại các trường có bán trú", "Công an huyện", "Quý IV/2088", "Theo Nghị định số 136/2020/NĐ-CP"))),
    T188("2", "Bảo đảm an toàn thực phẩm", subs=(
      T188("2.1", "Kiểm tra bếp ăn tập thể, căng tin trường học; xử lý nghiêm các trường hợp vi phạm", "Trung tâm Y tế huyện", "Mỗi học kỳ một lần", "Đoàn liên ngành"),))),
  SK("III", "Tổ chức thực hiện",
    T188("1", "Sơ kết học kỳ I, tổng kết năm học về công tác bảo đảm an ninh, an toàn trường học", "Phòng Giáo dục và Đào tạo", "Tháng 01/2089; Tháng 5/2089", "Báo cáo Sở Giáo dục và Đào tạo")),
 ]}
# 189: a province's plan for forest protection in eight columns: an extra column of
# targets ("Chỉ tiêu") after the content, the lead, the coordinating units, the
# funding in millions ("Kinh phí (triệu đồng)"), the time and notes; tasks numbered
# "1.1", "1.2" under sections "1.", "2." printed as rows of their own;
# 190: a Party committee's plan: the advising body ("Cơ quan tham mưu") as the lead,
# the product before the deadline, sections "A", "B" as parts above roman sections,
# tasks numbered on through the whole plan, some coordinating cells empty.
T189 = tasker("content", "extra:Chỉ tiêu", "lead", "coordinating", "funding", "timeframe", "note")
P189 = {"schema": "annex/v1", "appendix": "02", "title": "CÁC NHIỆM VỤ, GIẢI PHÁP BẢO VỆ VÀ PHÁT TRIỂN RỪNG NĂM 2089",
 "subtitle": "(Kèm theo Kế hoạch số 77/KH-UBND ngày 20/02/2089 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "extra", "lead", "coordinating", "funding", "timeframe", "note"),
   ["STT", "Nhiệm vụ, giải pháp", "Chỉ tiêu", "Đơn vị chủ trì", "Đơn vị phối hợp", "Kinh phí (triệu đồng)", "Thời gian", "Ghi chú"], [0.05, 0.27, 0.1, 0.13, 0.15, 0.09, 0.1, 0.11])],
 "items": [
  SK("1", "Quản lý, bảo vệ rừng",
    T189("1.1", "Tuần tra, kiểm soát, ngăn chặn kịp thời các hành vi chặt phá rừng, khai thác, vận chuyển lâm sản trái phép", "100% vụ vi phạm được xử lý", "Chi cục Kiểm lâm", "Công an tỉnh; Bộ Chỉ huy Quân sự tỉnh; Ủy ban nhân dân các xã", "1.500", "Thường xuyên", ""),
    T189("1.2", "Giao khoán bảo vệ rừng cho cộng đồng dân cư thôn, hộ gia đình", "45.000 ha", "Ban Quản lý rừng phòng hộ", "Ủy ban nhân dân các xã có rừng", "9.800", "Quý I/2089", "Vốn sự nghiệp lâm nghiệp"),
    T189("1.3", "Phòng cháy, chữa cháy rừng mùa khô", "Không để xảy ra cháy lớn", "Chi cục Kiểm lâm", "", "2.300", "Tháng 3 - 8/2089", "Theo phương án được duyệt"), kind="part"),
  SK("2", "Phát triển rừng",
    T189("2.1", "Trồng rừng tập trung bằng cây bản địa, cây gỗ lớn", "1.200 ha", "Sở Nông nghiệp và Môi trường", "Các công ty lâm nghiệp; Ủy ban nhân dân các xã", "24.000", "Vụ Xuân - Hè 2089", ""),
    T189("2.2", "Khoanh nuôi xúc tiến tái sinh tự nhiên", "3.000 ha", "Ban Quản lý rừng đặc dụng", "Hạt Kiểm lâm các huyện", "1.800", "Năm 2089", "Chuyển tiếp từ năm 2088"),
    T189("2.3", "Cấp chứng chỉ quản lý rừng bền vững cho rừng trồng sản xuất", "5.000 ha", "Sở Nông nghiệp và Môi trường", "Hiệp hội Gỗ và Lâm sản tỉnh", "", "Quý IV/2089", "Xã hội hóa"), kind="part"),
  SK("3", "Tổ chức thực hiện",
    T189("3.1", "Sơ kết, tổng kết, đánh giá kết quả thực hiện Kế hoạch", "Báo cáo đúng hạn", "Sở Nông nghiệp và Môi trường", "Các sở, ngành liên quan", "", "Tháng 12/2089", ""), kind="part"),
 ]}
T190 = tasker("content", "lead", "coordinating", "deliverable", "timeframe")
P190 = {"schema": "annex/v1", "appendix": "", "title": "DANH MỤC NHIỆM VỤ TRIỂN KHAI CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA BAN THƯỜNG VỤ TỈNH ỦY NĂM 2090",
 "subtitle": "(Kèm theo Chương trình số 15-CTr/TU ngày 06/01/2090 của Ban Thường vụ Tỉnh ủy)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "deliverable", "timeframe"),
   ["TT", "Nội dung", "Cơ quan tham mưu", "Cơ quan phối hợp", "Sản phẩm", "Thời gian hoàn thành"], [0.05, 0.36, 0.15, 0.17, 0.14, 0.13])],
 "items": [
  SK("A", "CÔNG TÁC XÂY DỰNG ĐẢNG",
    SK("I", "Chính trị, tư tưởng",
      T190("1", "Tổ chức học tập, quán triệt các nghị quyết, chỉ thị mới của Trung ương cho cán bộ, đảng viên", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Trường Chính trị tỉnh", "Hội nghị học tập", "Quý I/2090"),
      T190("2", "Đấu tranh phản bác các quan điểm sai trái, thù địch trên không gian mạng", "Ban Chỉ đạo 35 tỉnh", "Công an tỉnh; Báo và Phát thanh, Truyền hình tỉnh", "Tin, bài phản bác", "Thường xuyên")),
    SK("II", "Tổ chức, cán bộ",
      T190("3", "Rà soát, bổ sung quy hoạch cán bộ lãnh đạo, quản lý các cấp nhiệm kỳ 2090 - 2095", "Ban Tổ chức Tỉnh ủy", "", "Quyết định phê duyệt quy hoạch", "Tháng 6/2090"),
      T190("4", "Đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm 2090", "Ban Tổ chức Tỉnh ủy", "Ủy ban Kiểm tra Tỉnh ủy; Văn phòng Tỉnh ủy", "Báo cáo kết quả", "Tháng 12/2090")), kind="part"),
  SK("B", "LÃNH ĐẠO NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI",
    SK("I", "Kinh tế",
      T190("5", "Lãnh đạo thực hiện các giải pháp đẩy nhanh giải ngân vốn đầu tư công", "Ban cán sự đảng Ủy ban nhân dân tỉnh", "Sở Tài chính; các chủ đầu tư", "Kết luận của Ban Thường vụ", "Hằng quý"),
      T190("6", "Sơ kết 5 năm thực hiện Nghị quyết của Tỉnh ủy về phát triển du lịch", "Đảng ủy Ủy ban nhân dân tỉnh", "Sở Văn hóa, Thể thao và Du lịch", "Báo cáo sơ kết", "Quý III/2090")),
    SK("II", "Văn hóa - xã hội",
      T190("7", "Lãnh đạo thực hiện chương trình xóa nhà tạm, nhà dột nát cho hộ nghèo", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "", "Số nhà được bàn giao", "Trước ngày 30/9/2090")), kind="part"),
 ]}
# 189's numbered heading rows "1", "2" span the table with only their title: the answer
# reads them as tasks whose other cells are empty, as the seed's IV.1.
def spanning_tasks_of(e, keys):
    spanning_tasks(e)
    for it in e["items"]:
        it.update({k: "" for k in keys if k not in ("number", "content", "extra")})
        it["extra"] = {"Chỉ tiêu": ""}
# 191: a province's animal disease prevention plan: "Cơ quan thực hiện" for the lead,
# the time before the product ("Kết quả, sản phẩm"), sections in capitals, tasks
# whose content lists "(1) …; (2) …" items, a product cell left empty now and then;
# 192: a ministry's list of legal documents to draft: sections set as one merged cell
# ("I. LUẬT", "II. NGHỊ ĐỊNH"), tasks numbered on through the list, the issuing level
# in an extra column ("Cấp ban hành") before the deadline ("Thời gian trình").
T191 = tasker("content", "lead", "coordinating", "timeframe", "deliverable")
P191 = {"schema": "annex/v1", "appendix": "01", "title": "NHIỆM VỤ PHÒNG, CHỐNG DỊCH BỆNH ĐỘNG VẬT TRÊN CẠN GIAI ĐOẠN 2091 - 2095",
 "subtitle": "(Kèm theo Kế hoạch số 140/KH-UBND ngày 03/4/2091 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "deliverable"),
   ["TT", "Nội dung công việc", "Cơ quan thực hiện", "Cơ quan phối hợp", "Thời hạn hoàn thành", "Kết quả, sản phẩm"], [0.05, 0.35, 0.15, 0.18, 0.12, 0.15])],
 "items": [
  SK("I", "GIÁM SÁT, CẢNH BÁO DỊCH BỆNH",
    T191("1", "Giám sát chủ động các bệnh nguy hiểm: (1) dịch tả lợn châu Phi; (2) cúm gia cầm; (3) lở mồm long móng; (4) bệnh dại", "Chi cục Chăn nuôi và Thú y", "Ủy ban nhân dân các xã, phường; Trung tâm Kiểm soát bệnh tật tỉnh", "Hằng năm", "Báo cáo kết quả giám sát"),
    T191("2", "Xây dựng bản đồ dịch tễ và phần mềm cảnh báo sớm dịch bệnh động vật", "Chi cục Chăn nuôi và Thú y", "Sở Khoa học và Công nghệ", "Năm 2092", "Phần mềm được đưa vào sử dụng"),
    T191("3", "Kiểm soát vận chuyển động vật, sản phẩm động vật ra, vào địa bàn tỉnh", "Công an tỉnh", "Chi cục Chăn nuôi và Thú y; Đội Quản lý thị trường", "Thường xuyên", "")),
  SK("II", "TIÊM PHÒNG VÀ VỆ SINH, TIÊU ĐỘC KHỬ TRÙNG",
    T191("4", "Tổ chức tiêm phòng vắc xin định kỳ cho đàn gia súc, gia cầm đạt tỷ lệ trên 80% tổng đàn diện phải tiêm", "Ủy ban nhân dân các xã, phường", "Chi cục Chăn nuôi và Thú y", "Tháng 4 và tháng 10 hằng năm", "Tỷ lệ tiêm phòng đạt yêu cầu"),
    T191("5", "Phát động Tháng hành động vệ sinh, tiêu độc, khử trùng môi trường chăn nuôi", "Sở Nông nghiệp và Môi trường", "Hội Nông dân tỉnh; Hội Liên hiệp Phụ nữ tỉnh", "Tháng 5 hằng năm", "Kế hoạch, báo cáo kết quả")),
  SK("III", "XỬ LÝ Ổ DỊCH VÀ KIỂM TRA, TỔNG KẾT",
    T191("6", "Thành lập các đội phản ứng nhanh; tiêu hủy động vật mắc bệnh theo quy định", "Ủy ban nhân dân các xã, phường có dịch", "Lực lượng vũ trang địa phương", "Khi có dịch xảy ra", ""),
    T191("7", "Kiểm tra, đôn đốc; sơ kết giữa kỳ, tổng kết thực hiện Kế hoạch", "Sở Nông nghiệp và Môi trường", "Các sở, ngành liên quan", "Năm 2093; Năm 2095", "Báo cáo sơ kết, tổng kết")),
 ]}
T192 = tasker("content", "lead", "coordinating", "extra:Cấp ban hành", "timeframe")
P192 = {"schema": "annex/v1", "appendix": "II", "title": "DANH MỤC VĂN BẢN QUY ĐỊNH CHI TIẾT VÀ HƯỚNG DẪN THI HÀNH LUẬT CẤP, THOÁT NƯỚC",
 "subtitle": "(Ban hành kèm theo Quyết định số      /QĐ-BXD ngày     tháng     năm 2092 của Bộ trưởng Bộ Xây dựng)", "sectionStyle": "merged",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "extra", "timeframe"),
   ["STT", "Tên văn bản", "Cơ quan chủ trì soạn thảo", "Cơ quan phối hợp", "Cấp ban hành", "Thời gian trình"], [0.05, 0.37, 0.16, 0.17, 0.11, 0.14])],
 "items": [
  SK("I", "NGHỊ ĐỊNH",
    T192("1", "Nghị định quy định chi tiết một số điều của Luật Cấp, thoát nước về quản lý hoạt động cấp nước", "Cục Hạ tầng kỹ thuật", "Bộ Tài chính; Bộ Nông nghiệp và Môi trường; Bộ Y tế", "Chính phủ", "Tháng 9/2092"),
    T192("2", "Nghị định về giá dịch vụ cấp nước và dịch vụ thoát nước", "Cục Kinh tế - Quản lý hoạt động xây dựng", "Bộ Tài chính", "Chính phủ", "Tháng 10/2092")),
  SK("II", "THÔNG TƯ",
    T192("3", "Thông tư hướng dẫn lập, thẩm định kế hoạch cấp nước an toàn", "Cục Hạ tầng kỹ thuật", "", "Bộ trưởng Bộ Xây dựng", "Quý IV/2092"),
    T192("4", "Thông tư ban hành định mức dự toán duy tu, bảo dưỡng hệ thống thoát nước đô thị", "Viện Kinh tế xây dựng", "Các hội, hiệp hội chuyên ngành", "Bộ trưởng Bộ Xây dựng", "Quý IV/2092"),
    T192("5", "Thông tư quy định về báo cáo, chế độ thông tin trong lĩnh vực cấp, thoát nước", "Cục Hạ tầng kỹ thuật", "Trung tâm Thông tin", "Bộ trưởng Bộ Xây dựng", "Năm 2093")),
 ]}
# 193: a province's plan against human trafficking: sections "I." and tasks "1." printed
# with their dots, tasks numbered on across sections, many rows so that cells break
# across pages, units with their department in brackets ("Công an tỉnh (Phòng Cảnh sát
# hình sự)"), times naming a month of action ("Tháng 7 hằng năm (Tháng cao điểm …)");
# 194: a ministry's plan for a national strategy on people with disabilities in five
# columns (no product), tasks "1" holding their own cells over sub-tasks "1.1", long
# coordinating lists, the result before the time ("Kết quả dự kiến").
T193 = tasker("content", "lead", "coordinating", "timeframe", "deliverable")
P193 = {"schema": "annex/v1", "appendix": "", "title": "NHIỆM VỤ THỰC HIỆN CÔNG TÁC PHÒNG, CHỐNG MUA BÁN NGƯỜI GIAI ĐOẠN 2093 - 2097 TRÊN ĐỊA BÀN TỈNH",
 "subtitle": "(Kèm theo Kế hoạch số 77/KH-UBND ngày 11/3/2093 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "deliverable"),
   ["STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Sản phẩm"], [0.05, 0.34, 0.16, 0.18, 0.13, 0.14])],
 "items": [
  SK("I.", "CÔNG TÁC TRUYỀN THÔNG, PHÒNG NGỪA",
    T193("1.", "Tuyên truyền, phổ biến pháp luật về phòng, chống mua bán người trên các phương tiện thông tin đại chúng, mạng xã hội; chú trọng vùng biên giới, vùng đồng bào dân tộc thiểu số và lao động đi làm việc ở nước ngoài", "Công an tỉnh (Phòng Cảnh sát hình sự)", "Sở Văn hóa, Thể thao và Du lịch; Báo và Phát thanh, Truyền hình tỉnh; Ủy ban nhân dân các xã, phường", "Tháng 7 hằng năm (Tháng cao điểm phòng, chống mua bán người)", "Tin, bài, phóng sự được đăng tải"),
    T193("2.", "Lồng ghép nội dung phòng, chống mua bán người vào chương trình giáo dục kỹ năng sống trong các trường trung học phổ thông, giáo dục nghề nghiệp", "Sở Giáo dục và Đào tạo", "Tỉnh Đoàn; Hội Liên hiệp Phụ nữ tỉnh", "Năm học 2093 - 2094 và các năm tiếp theo", "Tài liệu, chuyên đề ngoại khóa"),
    T193("3.", "Rà soát, quản lý chặt chẽ các trường hợp xuất cảnh trái phép, lao động tự do sang nước ngoài; cung cấp thông tin về thị trường lao động hợp pháp", "Sở Nội vụ", "Công an tỉnh; Bộ đội Biên phòng tỉnh", "Thường xuyên", "Danh sách được cập nhật hằng quý"),
    T193("4.", "Xây dựng và nhân rộng mô hình \"Cộng đồng an toàn, không có mua bán người\" tại các xã biên giới", "Hội Liên hiệp Phụ nữ tỉnh", "Bộ đội Biên phòng tỉnh; Ủy ban nhân dân các xã biên giới", "2093 - 2095", "05 mô hình được thành lập")),
  SK("II.", "ĐẤU TRANH, XỬ LÝ TỘI PHẠM",
    T193("5.", "Mở các đợt cao điểm tấn công, trấn áp tội phạm mua bán người, tội phạm lợi dụng hoạt động xuất khẩu lao động, kết hôn có yếu tố nước ngoài để mua bán người", "Công an tỉnh", "Bộ đội Biên phòng tỉnh; Viện Kiểm sát nhân dân tỉnh", "Định kỳ 6 tháng, hằng năm", "Báo cáo kết quả các đợt cao điểm"),
    T193("6.", "Đẩy nhanh tiến độ điều tra, truy tố, xét xử các vụ án mua bán người; tổ chức xét xử lưu động tại địa bàn trọng điểm", "Tòa án nhân dân tỉnh", "Viện Kiểm sát nhân dân tỉnh; Công an tỉnh", "Thường xuyên", "Số vụ án được xét xử lưu động"),
    T193("7.", "Tăng cường hợp tác quốc tế, trao đổi thông tin với lực lượng chức năng nước bạn trong giải cứu, tiếp nhận nạn nhân", "Bộ đội Biên phòng tỉnh", "Công an tỉnh; Sở Ngoại vụ", "Khi có vụ việc phát sinh", "")),
  SK("III.", "TIẾP NHẬN, BẢO VỆ, HỖ TRỢ NẠN NHÂN",
    T193("8.", "Kiện toàn cơ sở trợ giúp xã hội làm nhiệm vụ tiếp nhận, hỗ trợ nạn nhân bị mua bán; bố trí nơi tạm lánh bảo đảm an toàn", "Sở Y tế", "Sở Tài chính; Công an tỉnh", "Quý IV/2093", "Quyết định kiện toàn"),
    T193("9.", "Hỗ trợ nạn nhân về y tế, tâm lý, trợ giúp pháp lý, học văn hóa, học nghề và vay vốn để tái hòa nhập cộng đồng", "Sở Y tế", "Sở Tư pháp; Ngân hàng Chính sách xã hội chi nhánh tỉnh; Ủy ban nhân dân các xã, phường", "Thường xuyên", "Số nạn nhân được hỗ trợ"),
    T193("10.", "Tập huấn nghiệp vụ xác minh, xác định, tiếp nhận nạn nhân cho cán bộ cấp xã và lực lượng biên phòng", "Công an tỉnh", "Sở Y tế; Bộ đội Biên phòng tỉnh", "Quý II hằng năm", "Lớp tập huấn được tổ chức")),
  SK("IV.", "KIỂM TRA, SƠ KẾT, TỔNG KẾT",
    T193("11.", "Kiểm tra, giám sát việc thực hiện Kế hoạch tại các sở, ngành, địa phương", "Ban Chỉ đạo 138 tỉnh", "Các thành viên Ban Chỉ đạo", "Hằng năm", "Thông báo kết quả kiểm tra"),
    T193("12.", "Sơ kết giữa kỳ và tổng kết thực hiện Kế hoạch giai đoạn 2093 - 2097", "Công an tỉnh", "Các sở, ban, ngành; Ủy ban nhân dân các xã, phường", "Năm 2095 và năm 2097", "Báo cáo sơ kết, tổng kết")),
 ]}
T194 = tasker("content", "lead", "coordinating", "deliverable", "timeframe")
P194 = {"schema": "annex/v1", "appendix": "", "title": "KẾ HOẠCH TRIỂN KHAI CHIẾN LƯỢC QUỐC GIA VỀ NGƯỜI KHUYẾT TẬT CỦA BỘ Y TẾ NĂM 2094",
 "subtitle": "(Ban hành kèm theo Quyết định số 512/QĐ-BYT ngày 28/02/2094 của Bộ trưởng Bộ Y tế)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "deliverable", "timeframe"),
   ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Kết quả dự kiến", "Thời gian"], [0.05, 0.35, 0.16, 0.19, 0.15, 0.10])],
 "items": [
  SK("I", "Hoàn thiện thể chế, chính sách",
    T194("1", "Rà soát, sửa đổi các văn bản quy phạm pháp luật về chăm sóc sức khỏe, phục hồi chức năng cho người khuyết tật", "Vụ Pháp chế", "Cục Bảo trợ xã hội; Cục Quản lý khám, chữa bệnh", "Báo cáo rà soát", "Quý II/2094", subs=[
      T194("1.1", "Xây dựng Thông tư hướng dẫn xác định mức độ khuyết tật", "Cục Bảo trợ xã hội", "Vụ Pháp chế; Bộ Giáo dục và Đào tạo", "Thông tư được ban hành", "Tháng 10/2094"),
      T194("1.2", "Đề xuất chính sách trợ giúp xã hội đối với người khuyết tật đặc biệt nặng", "Cục Bảo trợ xã hội", "Bộ Tài chính; Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "Tờ trình Chính phủ", "Tháng 12/2094")]),
    T194("2", "Hướng dẫn các địa phương lồng ghép mục tiêu về người khuyết tật vào kế hoạch phát triển kinh tế - xã hội", "Vụ Kế hoạch - Tài chính", "Các Cục, Vụ liên quan", "Văn bản hướng dẫn", "Quý III/2094")),
  SK("II", "Chăm sóc sức khỏe, phục hồi chức năng",
    T194("3", "Phát hiện sớm, can thiệp sớm khuyết tật ở trẻ em tại các cơ sở khám bệnh, chữa bệnh tuyến cơ sở", "Cục Bà mẹ và Trẻ em", "Sở Y tế các tỉnh, thành phố; Hội Bảo trợ người khuyết tật và trẻ mồ côi Việt Nam", "Tỷ lệ trẻ em được sàng lọc", "Năm 2094", subs=[
      T194("3.1", "Biên soạn tài liệu sàng lọc dành cho nhân viên y tế thôn, bản", "Cục Bà mẹ và Trẻ em", "Bệnh viện Nhi Trung ương", "Bộ tài liệu", "Quý II/2094"),
      T194("3.2", "Tập huấn cho cán bộ trạm y tế xã về phát hiện sớm khuyết tật", "Sở Y tế các tỉnh, thành phố", "Bệnh viện Phục hồi chức năng các tỉnh", "Lớp tập huấn", "Quý III - IV/2094")]),
    T194("4", "Mở rộng mô hình phục hồi chức năng dựa vào cộng đồng", "Cục Quản lý khám, chữa bệnh", "Các tổ chức của người khuyết tật; Ủy ban nhân dân các tỉnh", "Số xã triển khai mô hình", "Năm 2094"),
    T194("5", "Bảo đảm cung cấp dụng cụ trợ giúp, chỉnh hình cho người khuyết tật nghèo", "Cục Bảo trợ xã hội", "Các tổ chức quốc tế; các quỹ xã hội, từ thiện", "Số dụng cụ được cấp", "Thường xuyên")),
  SK("III", "Tổ chức thực hiện",
    T194("6", "Theo dõi, đôn đốc, tổng hợp báo cáo tình hình thực hiện Kế hoạch", "Cục Bảo trợ xã hội", "Các đơn vị thuộc Bộ", "Báo cáo năm", "Tháng 12/2094")),
 ]}
# 195: a province's road traffic safety plan for a year in seven columns (a notes column
# mostly empty), tasks numbered again in each section, sub-tasks "a)" "b)" under some
# tasks, contents holding "(1) …; (2) …" items, times as months and "Các dịp lễ, Tết";
# 196: a ministry's plan for standards, measurement and quality in parts A and B, the
# time before the product and a funding column last, units of a ministry ("Ủy ban
# Tiêu chuẩn Đo lường Chất lượng quốc gia", "Viện", "Trung tâm"), tasks "1.1" under tasks.
T195 = tasker("content", "lead", "coordinating", "deliverable", "timeframe", "note")
P195 = {"schema": "annex/v1", "appendix": "02", "title": "DANH MỤC NHIỆM VỤ BẢO ĐẢM TRẬT TỰ, AN TOÀN GIAO THÔNG NĂM 2095",
 "subtitle": "(Kèm theo Kế hoạch số 19/KH-UBND ngày 20/01/2095 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "deliverable", "timeframe", "note"),
   ["STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Sản phẩm", "Thời gian hoàn thành", "Ghi chú"], [0.05, 0.31, 0.14, 0.17, 0.13, 0.12, 0.08])],
 "items": [
  SK("I", "TUYÊN TRUYỀN, PHỔ BIẾN PHÁP LUẬT VỀ TRẬT TỰ, AN TOÀN GIAO THÔNG",
    T195("1", "Tuyên truyền Luật Trật tự, an toàn giao thông đường bộ và các văn bản hướng dẫn thi hành trên báo chí, cổng thông tin điện tử, hệ thống loa truyền thanh cơ sở", "Sở Văn hóa, Thể thao và Du lịch", "Công an tỉnh; Báo và Phát thanh, Truyền hình tỉnh", "Tin, bài, phóng sự", "Thường xuyên", "", subs=[
      T195("a)", "Xây dựng chuyên mục \"An toàn giao thông\" phát sóng hằng tuần", "Báo và Phát thanh, Truyền hình tỉnh", "Ban An toàn giao thông tỉnh", "52 chuyên mục", "Hằng tuần", ""),
      T195("b)", "Tuyên truyền trên mạng xã hội, nhóm Zalo của khu dân cư về phòng ngừa tai nạn giao thông", "Ủy ban nhân dân các xã, phường", "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh", "Bài viết, video ngắn", "Thường xuyên", "")]),
    T195("2", "Tổ chức cho học sinh ký cam kết chấp hành quy định về an toàn giao thông; không giao xe mô tô, xe gắn máy cho học sinh chưa đủ tuổi điều khiển", "Sở Giáo dục và Đào tạo", "Công an tỉnh; Hội Cha mẹ học sinh các trường", "Bản cam kết", "Tháng 9/2095", "Đầu năm học"),
    T195("3", "Tổ chức Lễ tưởng niệm các nạn nhân tử vong do tai nạn giao thông", "Ban An toàn giao thông tỉnh", "Sở Xây dựng; Hội Chữ thập đỏ tỉnh", "Lễ tưởng niệm được tổ chức", "Tháng 11/2095", "")),
  SK("II", "TUẦN TRA, KIỂM SOÁT, XỬ LÝ VI PHẠM",
    T195("1", "Tăng cường tuần tra, kiểm soát, xử lý nghiêm các hành vi vi phạm: (1) nồng độ cồn; (2) tốc độ; (3) chở quá tải trọng; (4) không đội mũ bảo hiểm", "Công an tỉnh", "Thanh tra Sở Xây dựng; Ủy ban nhân dân các xã, phường", "Số vụ vi phạm được xử lý", "Các dịp lễ, Tết và cao điểm", "Báo cáo hằng tháng"),
    T195("2", "Kiểm tra hoạt động kinh doanh vận tải, bến xe khách, trung tâm đăng kiểm xe cơ giới", "Sở Xây dựng", "Công an tỉnh", "Biên bản kiểm tra", "Quý II, Quý IV", ""),
    T195("3", "Xử lý vi phạm qua hình ảnh từ hệ thống camera giám sát giao thông", "Công an tỉnh", "Sở Khoa học và Công nghệ", "Thông báo vi phạm", "Thường xuyên", "")),
  SK("III", "KẾT CẤU HẠ TẦNG GIAO THÔNG",
    T195("1", "Rà soát, xử lý các điểm đen, điểm tiềm ẩn tai nạn giao thông trên các tuyến quốc lộ, tỉnh lộ; bổ sung biển báo, đèn tín hiệu, gờ giảm tốc", "Sở Xây dựng", "Công an tỉnh; Ủy ban nhân dân các xã, phường có tuyến đi qua", "Danh mục điểm đen được xử lý", "Tháng 6/2095", ""),
    T195("2", "Lập lại trật tự hành lang an toàn đường bộ; xử lý lấn chiếm lòng đường, vỉa hè để kinh doanh", "Ủy ban nhân dân các xã, phường", "Sở Xây dựng; Công an tỉnh", "Số trường hợp được xử lý", "Quý III/2095", "Ra quân đồng loạt")),
  SK("IV", "TỔ CHỨC THỰC HIỆN",
    T195("1", "Tổng hợp, báo cáo kết quả thực hiện Kế hoạch về Ủy ban An toàn giao thông quốc gia", "Ban An toàn giao thông tỉnh", "Các cơ quan thành viên", "Báo cáo 6 tháng, năm", "Trước ngày 15/6 và 15/12/2095", "")),
 ]}
T196 = tasker("content", "lead", "coordinating", "timeframe", "deliverable", "funding")
P196 = {"schema": "annex/v1", "appendix": "", "title": "KẾ HOẠCH THỰC HIỆN NHIỆM VỤ TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG GIAI ĐOẠN 2096 - 2098",
 "subtitle": "(Ban hành kèm theo Quyết định số 1207/QĐ-BKHCN ngày 05/6/2096 của Bộ trưởng Bộ Khoa học và Công nghệ)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "deliverable", "funding"),
   ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian", "Sản phẩm", "Nguồn kinh phí"], [0.05, 0.30, 0.15, 0.16, 0.10, 0.13, 0.11])],
 "items": [
  SK("A", "NHIỆM VỤ CHUNG",
   SK("I", "Hoàn thiện hệ thống tiêu chuẩn quốc gia",
    T196("1", "Xây dựng, soát xét tiêu chuẩn quốc gia trong các lĩnh vực ưu tiên: năng lượng tái tạo, trí tuệ nhân tạo, nông sản xuất khẩu", "Ủy ban Tiêu chuẩn Đo lường Chất lượng quốc gia", "Các bộ, ngành; Hiệp hội doanh nghiệp", "2096 - 2098", "150 tiêu chuẩn quốc gia được công bố", "Ngân sách nhà nước", subs=[
      T196("1.1", "Xây dựng bộ tiêu chuẩn quốc gia về hệ thống lưu trữ điện", "Viện Tiêu chuẩn Chất lượng Việt Nam", "Tập đoàn Điện lực Việt Nam", "Năm 2096", "Bộ tiêu chuẩn", "Ngân sách nhà nước"),
      T196("1.2", "Chấp nhận tiêu chuẩn quốc tế về quản lý trí tuệ nhân tạo", "Viện Tiêu chuẩn Chất lượng Việt Nam", "Cục Đổi mới sáng tạo", "Năm 2097", "Tiêu chuẩn quốc gia", "Ngân sách nhà nước")]),
    T196("2", "Hướng dẫn doanh nghiệp áp dụng hệ thống quản lý tiên tiến", "Trung tâm Năng suất Việt Nam", "Các Chi cục Tiêu chuẩn Đo lường Chất lượng", "Hằng năm", "Số doanh nghiệp được hướng dẫn", "Nguồn xã hội hóa")),
   SK("II", "Nâng cao năng lực đo lường",
    T196("3", "Đầu tư nâng cấp chuẩn đo lường quốc gia về khối lượng, nhiệt độ, áp suất", "Viện Đo lường Việt Nam", "Vụ Kế hoạch - Tài chính", "2096 - 2097", "Chuẩn quốc gia được phê duyệt", "Vốn đầu tư công"),
    T196("4", "Kiểm tra đo lường đối với xăng dầu, vàng trang sức, cân tại chợ", "Các Chi cục Tiêu chuẩn Đo lường Chất lượng", "Quản lý thị trường các tỉnh", "Quý II và Quý IV hằng năm", "Báo cáo kiểm tra", "Ngân sách địa phương")), kind="part"),
  SK("B", "NHIỆM VỤ CỦA CÁC ĐƠN VỊ",
   SK("I", "Quản lý chất lượng sản phẩm, hàng hóa",
    T196("5", "Xây dựng cơ sở dữ liệu quốc gia về chất lượng sản phẩm, hàng hóa kết nối với Cổng thông tin một cửa quốc gia", "Trung tâm Thông tin và Truyền thông", "Tổng cục Hải quan; Cục Quản lý thị trường", "Tháng 12/2097", "Cơ sở dữ liệu vận hành", "Ngân sách nhà nước"),
    T196("6", "Sơ kết, đánh giá kết quả thực hiện Kế hoạch", "Vụ Kế hoạch - Tài chính", "Các đơn vị thuộc Bộ", "Quý I/2098", "Báo cáo sơ kết", "")), kind="part"),
 ]}
# 197: a province's digital economy plan with its sections as merged cells "I. TITLE",
# "Tên nhiệm vụ" for the content, no product, a funding column of amounts in millions
# ("Kinh phí (triệu đồng)") before the time, tasks numbered on across sections;
# 198: a commune's flood and storm season plan in six columns with "Đơn vị thực hiện"
# for the lead and "Kết quả" last, content cells with "- " bullet paragraphs, a
# coordinating list given as "- " paragraphs, times said as seasons and alerts.
T197 = tasker("content", "lead", "coordinating", "funding", "timeframe")
P197 = {"schema": "annex/v1", "appendix": "03", "title": "DANH MỤC NHIỆM VỤ PHÁT TRIỂN KINH TẾ SỐ TỈNH NĂM 2097",
 "subtitle": "(Kèm theo Kế hoạch số 64/KH-UBND ngày 14/3/2097 của Ủy ban nhân dân tỉnh)", "sectionStyle": "merged",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "funding", "timeframe"),
   ["STT", "Tên nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Kinh phí (triệu đồng)", "Thời gian hoàn thành"], [0.05, 0.36, 0.15, 0.19, 0.11, 0.14])],
 "items": [
  SK("I", "PHÁT TRIỂN HẠ TẦNG SỐ",
    T197("1", "Mở rộng vùng phủ sóng di động 5G tại các khu công nghiệp, khu du lịch trọng điểm", "Sở Khoa học và Công nghệ", "Các doanh nghiệp viễn thông trên địa bàn", "Xã hội hóa", "Quý IV/2097"),
    T197("2", "Xây dựng trung tâm dữ liệu dùng chung của tỉnh theo mô hình điện toán đám mây", "Sở Khoa học và Công nghệ", "Sở Tài chính; Văn phòng Ủy ban nhân dân tỉnh", "12.500", "2097 - 2098")),
  SK("II", "PHÁT TRIỂN DOANH NGHIỆP CÔNG NGHỆ SỐ",
    T197("3", "Hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số theo Chương trình SMEdx; tư vấn, đánh giá mức độ sẵn sàng", "Sở Công Thương", "Hiệp hội Doanh nghiệp tỉnh; Trung tâm Xúc tiến đầu tư, thương mại và du lịch", "1.200", "Hằng năm"),
    T197("4", "Tổ chức Cuộc thi khởi nghiệp đổi mới sáng tạo trong lĩnh vực công nghệ số dành cho sinh viên", "Tỉnh Đoàn", "Trường Đại học; Sở Khoa học và Công nghệ", "350", "Tháng 8/2097"),
    T197("5", "Thu hút đầu tư vào khu công nghệ thông tin tập trung; ban hành chính sách ưu đãi về thuê đất, hạ tầng", "Ban Quản lý các khu công nghiệp tỉnh", "Sở Tài chính; Sở Nông nghiệp và Môi trường", "", "Năm 2097")),
  SK("III", "THƯƠNG MẠI ĐIỆN TỬ VÀ THANH TOÁN KHÔNG DÙNG TIỀN MẶT",
    T197("6", "Đưa sản phẩm OCOP, đặc sản của tỉnh lên các sàn thương mại điện tử; đào tạo kỹ năng bán hàng trực tuyến cho hộ kinh doanh", "Sở Công Thương", "Hội Liên hiệp Phụ nữ tỉnh; Ủy ban nhân dân các xã, phường", "800", "Thường xuyên"),
    T197("7", "Triển khai thanh toán không dùng tiền mặt tại bệnh viện, trường học, chợ truyền thống", "Ngân hàng Nhà nước Chi nhánh Khu vực 9", "Sở Y tế; Sở Giáo dục và Đào tạo; các tổ chức tín dụng", "Không phát sinh", "Tháng 12/2097")),
 ]}
T198 = tasker("content", "lead", "coordinating", "timeframe", "deliverable")
P198 = {"schema": "annex/v1", "appendix": "", "title": "PHÂN CÔNG NHIỆM VỤ PHÒNG, CHỐNG THIÊN TAI VÀ TÌM KIẾM CỨU NẠN MÙA MƯA BÃO NĂM 2098",
 "subtitle": "(Ban hành kèm theo Kế hoạch số 27/KH-UBND ngày 02/5/2098 của Ủy ban nhân dân xã)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "deliverable"),
   ["TT", "Nội dung công việc", "Đơn vị thực hiện", "Đơn vị phối hợp", "Thời gian", "Kết quả"], [0.05, 0.37, 0.15, 0.17, 0.12, 0.14])],
 "items": [
  SK("I", "Công tác chuẩn bị",
    T198("1", "Kiện toàn Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn xã; phân công thành viên phụ trách từng thôn", "Văn phòng HĐND và UBND xã", "Ban Chỉ huy Quân sự xã", "Trước ngày 15/5/2098", "Quyết định kiện toàn"),
    T198("2", "Rà soát, cập nhật phương án ứng phó thiên tai theo cấp độ rủi ro:\n- Phương án sơ tán dân ở vùng trũng thấp, ven sông;\n- Phương án bảo vệ trường học, trạm y tế", "Phòng Kinh tế", "- Công an xã;\n- Trưởng các thôn", "Tháng 5/2098", "Phương án được phê duyệt"),
    T198("3", "Chuẩn bị vật tư, phương tiện theo phương châm \"bốn tại chỗ\": áo phao, nhà bạt, máy phát điện, lương thực dự trữ", "Phòng Kinh tế", "Hội Chữ thập đỏ xã; các hộ kinh doanh", "Trước mùa mưa bão", "Danh mục vật tư")),
  SK("II", "Ứng phó khi có thiên tai",
    T198("4", "Tổ chức trực ban 24/24 giờ, theo dõi bản tin dự báo, cảnh báo thiên tai và thông tin kịp thời đến người dân", "Văn phòng HĐND và UBND xã", "Đài Truyền thanh xã", "Khi có bão, áp thấp nhiệt đới", "Nhật ký trực ban"),
    T198("5", "Sơ tán, di dời dân ra khỏi khu vực nguy hiểm:\n- Ưu tiên người già, trẻ em, người khuyết tật;\n- Bố trí nơi ở tạm, bảo đảm an ninh trật tự", "Ban Chỉ huy Quân sự xã", "Công an xã; Đoàn Thanh niên xã", "Khi có lệnh sơ tán", "Số hộ được di dời an toàn")),
  SK("III", "Khắc phục hậu quả",
    T198("6", "Thống kê thiệt hại, hỗ trợ khẩn cấp lương thực, nước uống cho hộ bị ảnh hưởng; vệ sinh môi trường, phòng chống dịch bệnh sau bão", "Phòng Văn hóa - Xã hội", "Trạm Y tế xã; Ủy ban Mặt trận Tổ quốc Việt Nam xã", "Ngay sau thiên tai", "Báo cáo thiệt hại")),
 ]}
# 199: a province's plan for building a learning society, short headers
# "Chủ trì" / "Phối hợp", "Nhiệm vụ, giải pháp", "Kết quả dự kiến" before
# "Thời hạn hoàn thành", dotted subsections "I.1", "I.2" with tasks numbered
# on through them, a row without a number going on the task above;
# 200: a ward's plan for keeping its cultural heritage in seven columns, no
# product, funding and notes last, sections in sentence case, the numeral
# "III" printed twice by mistake, tasks numbered again in each section,
# sub-tasks "a)", times said as festivals and quarters.
T199 = tasker("content", "lead", "coordinating", "deliverable", "timeframe")
P199 = {"schema": "annex/v1", "appendix": "01", "title": "NHIỆM VỤ, GIẢI PHÁP XÂY DỰNG XÃ HỘI HỌC TẬP TỈNH GIAI ĐOẠN 2099 - 2100",
 "subtitle": "(Kèm theo Kế hoạch số 88/KH-UBND ngày 09/01/2099 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "deliverable", "timeframe"),
   ["TT", "Nhiệm vụ, giải pháp", "Chủ trì", "Phối hợp", "Kết quả dự kiến", "Thời hạn hoàn thành"], [0.05, 0.36, 0.14, 0.17, 0.15, 0.13])],
 "items": [
  SK("I", "NÂNG CAO NHẬN THỨC VỀ HỌC TẬP SUỐT ĐỜI",
   SK("I.1", "Tuyên truyền",
    T199("1", "Tuyên truyền về vai trò của học tập suốt đời trên các phương tiện thông tin đại chúng, trang thông tin điện tử của các cơ quan, đơn vị", "Sở Văn hóa, Thể thao và Du lịch", "Sở Giáo dục và Đào tạo; Hội Khuyến học tỉnh", "Tin, bài, chuyên mục", "Thường xuyên"),
    with_cont(T199("2", "Tổ chức Tuần lễ hưởng ứng học tập suốt đời", "Sở Giáo dục và Đào tạo", "Hội Khuyến học tỉnh; Thư viện tỉnh", "Lễ khai mạc, chuỗi hoạt động", "Tháng 10 hằng năm"),
      {"content": "- Trưng bày sách, tài liệu về học tập suốt đời tại các thư viện", "lead": "Thư viện tỉnh"}), kind="subsection"),
   SK("I.2", "Phong trào khuyến học, khuyến tài",
    T199("3", "Xây dựng và nhân rộng các mô hình \"Gia đình học tập\", \"Dòng họ học tập\", \"Cộng đồng học tập\", \"Đơn vị học tập\"", "Hội Khuyến học tỉnh", "Ủy ban nhân dân các xã, phường; Liên đoàn Lao động tỉnh", "Tỷ lệ gia đình học tập đạt 80%", "2099 - 2100"),
    T199("4", "Vận động thành lập quỹ khuyến học, khuyến tài ở thôn, tổ dân phố", "Hội Khuyến học tỉnh", "", "Số quỹ được thành lập", "Hằng năm"), kind="subsection")),
  SK("II", "PHÁT TRIỂN CÁC THIẾT CHẾ HỌC TẬP",
   SK("II.1", "Trung tâm học tập cộng đồng",
    T199("5", "Củng cố, nâng cao hiệu quả hoạt động của trung tâm học tập cộng đồng cấp xã; bố trí cán bộ kiêm nhiệm quản lý", "Ủy ban nhân dân các xã, phường", "Sở Giáo dục và Đào tạo; Sở Nội vụ", "100% trung tâm được đánh giá, xếp loại", "Quý IV/2099"),
    T199("6", "Biên soạn tài liệu chuyên đề cho trung tâm học tập cộng đồng về kỹ năng số, pháp luật, chăm sóc sức khỏe", "Sở Giáo dục và Đào tạo", "Sở Khoa học và Công nghệ; Sở Y tế; Sở Tư pháp", "Bộ tài liệu", "Tháng 6/2099"), kind="subsection"),
   SK("II.2", "Thư viện, bảo tàng, nhà văn hóa",
    T199("7", "Phát triển thư viện số, kết nối liên thông dữ liệu giữa thư viện tỉnh với thư viện trường học", "Thư viện tỉnh", "Sở Giáo dục và Đào tạo; các trường đại học, cao đẳng trên địa bàn", "Cơ sở dữ liệu thư viện số", "Năm 2100"),
    T199("8", "Mở cửa miễn phí bảo tàng, di tích cho học sinh, sinh viên vào các ngày lễ lớn", "Sở Văn hóa, Thể thao và Du lịch", "Bảo tàng tỉnh; Ban Quản lý di tích", "Số lượt khách tham quan", "Các ngày lễ lớn trong năm"), kind="subsection")),
  SK("III", "KIỂM TRA, ĐÁNH GIÁ",
    T199("9", "Đánh giá, công nhận danh hiệu học tập cấp xã theo Thông tư của Bộ Giáo dục và Đào tạo; sơ kết, tổng kết thực hiện Kế hoạch", "Sở Giáo dục và Đào tạo", "Hội Khuyến học tỉnh; các sở, ban, ngành liên quan", "Báo cáo sơ kết, tổng kết", "Tháng 12/2099, tháng 12/2100")),
 ]}
T200 = tasker("content", "lead", "coordinating", "timeframe", "funding", "note")
P200 = {"schema": "annex/v1", "appendix": "", "title": "DANH MỤC NHIỆM VỤ BẢO TỒN VÀ PHÁT HUY GIÁ TRỊ DI SẢN VĂN HÓA TRÊN ĐỊA BÀN PHƯỜNG NĂM 2100",
 "subtitle": "(Ban hành kèm theo Kế hoạch số    /KH-UBND ngày    /    /2100 của Ủy ban nhân dân phường)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "funding", "note"),
   ["STT", "Nội dung", "Cơ quan, đơn vị chủ trì", "Cơ quan, đơn vị phối hợp", "Thời gian", "Nguồn kinh phí", "Ghi chú"], [0.05, 0.30, 0.15, 0.17, 0.12, 0.12, 0.09])],
 "items": [
  SK("I", "Kiểm kê, lập hồ sơ di sản",
    T200("1", "Kiểm kê các di tích, lễ hội truyền thống, nghề thủ công và di sản văn hóa phi vật thể trên địa bàn phường", "Phòng Văn hóa - Xã hội", "Ban Quản lý các di tích; tổ dân phố", "Quý I - Quý II/2100", "Ngân sách phường", "", subs=[
      T200("a)", "Lập danh mục hiện vật tại đình, chùa, miếu; chụp ảnh, số hóa tư liệu", "Ban Quản lý các di tích", "Hội Người cao tuổi phường", "Tháng 3/2100", "Xã hội hóa", ""),
      T200("b)", "Ghi chép, ghi hình các nghệ nhân đang thực hành di sản", "Trung tâm Văn hóa - Thể thao phường", "Các nghệ nhân, câu lạc bộ", "Tháng 4 - 6/2100", "Ngân sách phường", "Ưu tiên nghệ nhân cao tuổi")]),
    T200("2", "Lập hồ sơ đề nghị xếp hạng di tích cấp tỉnh đối với đình làng", "Phòng Văn hóa - Xã hội", "Sở Văn hóa, Thể thao và Du lịch", "Quý III/2100", "Ngân sách tỉnh", "Theo hướng dẫn của Sở")),
  SK("II", "Tu bổ, tôn tạo di tích",
    T200("1", "Tu bổ cấp thiết mái đình, cổng tam quan bị xuống cấp", "Ban Quản lý dự án đầu tư xây dựng khu vực", "Phòng Kinh tế, Hạ tầng và Đô thị; Ban Quản lý các di tích", "Trước mùa mưa bão", "Ngân sách phường; nguồn công đức", ""),
    T200("2", "Lắp đặt biển chỉ dẫn, bảng giới thiệu di tích bằng tiếng Việt và tiếng Anh, có mã QR", "Trung tâm Văn hóa - Thể thao phường", "Đoàn Thanh niên phường", "Tháng 8/2100", "Xã hội hóa", "")),
  SK("III", "Phát huy giá trị di sản",
    T200("1", "Tổ chức lễ hội truyền thống đúng nghi lễ, tiết kiệm, an toàn; lồng ghép trình diễn trò chơi dân gian", "Ủy ban nhân dân phường", "Công an phường; Ban Quản lý các di tích; các tổ dân phố", "Dịp Tết Nguyên đán và rằm tháng Giêng", "Ngân sách phường; xã hội hóa", ""),
    T200("2", "Đưa nội dung giáo dục di sản vào hoạt động trải nghiệm của trường học trên địa bàn", "Các trường mầm non, tiểu học, trung học cơ sở", "Ban Quản lý các di tích", "Năm học 2099 - 2100", "Không phát sinh", "")),
  SK("III", "Tổ chức thực hiện",
    T200("1", "Sơ kết, báo cáo kết quả thực hiện về Ủy ban nhân dân phường", "Phòng Văn hóa - Xã hội", "Các cơ quan, đơn vị liên quan", "Trước ngày 10/12/2100", "", "")),
 ]}
# 201: a ministry's plan for green transport in eight columns (product,
# deadline, funding and notes after the units), letter parts A and B over
# roman sections, tasks written "1." numbered on through the parts,
# sub-tasks "a)", funding said in words and in billions;
# 202: a commune's plan for legal education in five columns with the time
# before the units ("Thời gian thực hiện" | "Đơn vị chủ trì" | "Đơn vị
# phối hợp"), sections in sentence case, tasks numbered again in each
# section, a row without a number going on the task above.
T201 = tasker("content", "lead", "coordinating", "deliverable", "timeframe", "funding", "note")
P201 = {"schema": "annex/v1", "appendix": "II", "title": "DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI XANH TRONG LĨNH VỰC GIAO THÔNG VẬN TẢI",
 "subtitle": "(Kèm theo Quyết định số 412/QĐ-BXD ngày 18/3/2099 của Bộ trưởng Bộ Xây dựng)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "deliverable", "timeframe", "funding", "note"),
   ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Sản phẩm", "Thời hạn", "Kinh phí", "Ghi chú"], [0.05, 0.27, 0.13, 0.14, 0.13, 0.10, 0.10, 0.08])],
 "items": [
  SK("A", "HOÀN THIỆN THỂ CHẾ, CHÍNH SÁCH",
   SK("I", "Xây dựng văn bản quy phạm pháp luật",
    T201("1.", "Xây dựng Nghị định quy định lộ trình chuyển đổi phương tiện giao thông cơ giới đường bộ sử dụng năng lượng xanh", "Cục Đường bộ Việt Nam", "Vụ Pháp chế; Bộ Công Thương; Bộ Tài chính", "Nghị định của Chính phủ", "Quý IV/2099", "Ngân sách nhà nước", ""),
    T201("2.", "Ban hành quy chuẩn kỹ thuật quốc gia về trạm sạc điện cho xe ô tô điện", "Vụ Khoa học, công nghệ và môi trường", "Cục Đăng kiểm Việt Nam; Tập đoàn Điện lực Việt Nam", "Quy chuẩn kỹ thuật quốc gia", "Năm 2099", "Sự nghiệp khoa học", "Lấy ý kiến rộng rãi")),
   SK("II", "Cơ chế, chính sách hỗ trợ",
    T201("3.", "Nghiên cứu, đề xuất chính sách ưu đãi về thuế, phí đối với phương tiện sử dụng điện, năng lượng xanh", "Vụ Kế hoạch - Tài chính", "Bộ Tài chính; các hiệp hội vận tải", "Đề án chính sách", "Tháng 9/2099", "Không phát sinh", "", subs=[
      T201("a)", "Đánh giá tác động của chính sách ưu đãi lệ phí trước bạ", "Viện Chiến lược và Phát triển giao thông vận tải", "Cục Thuế", "Báo cáo đánh giá", "Tháng 6/2099", "500 triệu đồng", ""),
      T201("b)", "Tổ chức hội thảo lấy ý kiến doanh nghiệp vận tải", "Vụ Kế hoạch - Tài chính", "Hiệp hội Vận tải ô tô Việt Nam", "Kỷ yếu hội thảo", "Tháng 7/2099", "Ngân sách nhà nước", "")])), kind="part"),
  SK("B", "TRIỂN KHAI THỰC HIỆN",
   SK("I", "Chuyển đổi phương tiện",
    T201("4.", "Thí điểm chuyển đổi xe buýt sử dụng điện, khí thiên nhiên tại các thành phố trực thuộc trung ương", "Ủy ban nhân dân các thành phố trực thuộc trung ương", "Cục Đường bộ Việt Nam; các doanh nghiệp vận tải hành khách công cộng", "Số xe buýt được chuyển đổi", "2099 - 2100", "Ngân sách địa phương; xã hội hóa", "Báo cáo kết quả hằng quý"),
    T201("5.", "Xây dựng hệ thống trạm sạc tại các trạm dừng nghỉ trên tuyến cao tốc Bắc - Nam", "Cục Đường bộ Việt Nam", "Các nhà đầu tư dự án đường cao tốc", "Trạm sạc được đưa vào khai thác", "Năm 2100", "Vốn doanh nghiệp", "")),
   SK("II", "Truyền thông, đào tạo",
    T201("6.", "Tuyên truyền, nâng cao nhận thức của người dân về lợi ích của phương tiện giao thông xanh", "Trung tâm Truyền thông", "Báo Xây dựng; các cơ quan báo chí", "Tin, bài, phóng sự", "Thường xuyên", "1,2 tỷ đồng", ""),
    T201("7.", "Đào tạo, bồi dưỡng kỹ thuật viên bảo dưỡng, sửa chữa xe điện", "Vụ Tổ chức cán bộ", "Các trường cao đẳng giao thông vận tải", "Số kỹ thuật viên được đào tạo", "Hằng năm", "Nguồn xã hội hóa", "Phối hợp với doanh nghiệp sản xuất xe")), kind="part"),
 ]}
T202 = tasker("content", "timeframe", "lead", "coordinating")
P202 = {"schema": "annex/v1", "appendix": "", "title": "KẾ HOẠCH PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT TRÊN ĐỊA BÀN XÃ NĂM 2100",
 "subtitle": "(Kèm theo Kế hoạch số 15/KH-UBND ngày 12/01/2100 của Ủy ban nhân dân xã)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "timeframe", "lead", "coordinating"),
   ["TT", "Nội dung", "Thời gian thực hiện", "Đơn vị chủ trì", "Đơn vị phối hợp"], [0.06, 0.44, 0.14, 0.17, 0.19])],
 "items": [
  SK("I", "Phổ biến văn bản pháp luật mới",
    T202("1", "Tổ chức hội nghị phổ biến các luật mới được Quốc hội thông qua cho cán bộ, công chức và người dân", "Quý I/2100", "Công chức Tư pháp - Hộ tịch", "Hội đồng phối hợp phổ biến, giáo dục pháp luật xã"),
    with_cont(T202("2", "Phát thanh chuyên mục \"Pháp luật và đời sống\" trên hệ thống loa truyền thanh của xã", "Hằng tuần", "Đài Truyền thanh xã", "Công chức Tư pháp - Hộ tịch"),
      {"content": "- Phát lại vào buổi tối các ngày cuối tuần", "timeframe": "Thứ Bảy, Chủ nhật"}),
    T202("3", "Cập nhật văn bản pháp luật trên trang thông tin điện tử và nhóm Zalo của các thôn", "Thường xuyên", "Văn phòng HĐND và UBND xã", "Trưởng các thôn")),
  SK("II", "Tuyên truyền pháp luật cho nhóm đối tượng đặc thù",
    T202("1", "Tuyên truyền pháp luật về phòng, chống bạo lực gia đình, xâm hại trẻ em cho hội viên phụ nữ", "Tháng 6/2100", "Hội Liên hiệp Phụ nữ xã", "Công an xã; Trường Tiểu học"),
    T202("2", "Tuyên truyền pháp luật về an toàn giao thông, phòng, chống ma túy cho học sinh", "Đầu năm học mới", "Trường Trung học cơ sở", "Công an xã; Đoàn Thanh niên xã"),
    T202("3", "Tư vấn pháp luật miễn phí cho người có công, hộ nghèo, đồng bào dân tộc thiểu số", "Quý III/2100", "Công chức Tư pháp - Hộ tịch", "Trung tâm Trợ giúp pháp lý nhà nước tỉnh")),
  SK("III", "Hòa giải ở cơ sở và kiểm tra, đánh giá",
    T202("1", "Kiện toàn tổ hòa giải, bồi dưỡng kỹ năng hòa giải cho hòa giải viên", "Tháng 4/2100", "Ủy ban Mặt trận Tổ quốc Việt Nam xã", "Công chức Tư pháp - Hộ tịch"),
    T202("2", "Đánh giá, công nhận xã đạt chuẩn tiếp cận pháp luật; báo cáo kết quả thực hiện Kế hoạch", "Tháng 11/2100", "Công chức Tư pháp - Hộ tịch", "Các ban, ngành, đoàn thể xã")),
 ]}
# 203: a coastal province's plan against illegal, unreported and
# unregulated fishing in six columns with the deadline before the product
# ("Thời gian hoàn thành" | "Sản phẩm"), tasks "1.1", "2.3" directly under
# their sections with no task "1", cells listing "(1) …; (2) …" items, an
# empty coordinating cell;
# 204: a district's plan for managing minerals in six columns with an
# extra column "Người đứng đầu chịu trách nhiệm" between the content and
# the lead, sections set as one merged cell "I. TITLE", tasks numbered on
# through the sections, lettered sub-tasks, a row going on the task above.
T203 = tasker("content", "lead", "coordinating", "timeframe", "deliverable")
P203 = {"schema": "annex/v1", "appendix": "01", "title": "NHIỆM VỤ CHỐNG KHAI THÁC HẢI SẢN BẤT HỢP PHÁP, KHÔNG BÁO CÁO VÀ KHÔNG THEO QUY ĐỊNH NĂM 2101",
 "subtitle": "(Kèm theo Kế hoạch số 77/KH-UBND ngày 05/02/2101 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "deliverable"),
   ["STT", "Nhiệm vụ, giải pháp", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm"], [0.06, 0.34, 0.16, 0.17, 0.12, 0.15])],
 "items": [
  SK("I", "QUẢN LÝ ĐỘI TÀU CÁ",
    T203("1.1", "Rà soát, thống kê, cập nhật đầy đủ dữ liệu tàu cá vào cơ sở dữ liệu nghề cá quốc gia; xử lý dứt điểm tàu cá chưa đăng ký, chưa cấp phép", "Sở Nông nghiệp và Môi trường", "Ủy ban nhân dân các xã ven biển; Đồn Biên phòng", "Tháng 3/2101", "Danh sách tàu cá được cập nhật"),
    T203("1.2", "Kiểm soát chặt chẽ tàu cá ra, vào cảng; kiểm tra 100% tàu cá đủ điều kiện trước khi xuất bến", "Ban Quản lý cảng cá", "Chi cục Thủy sản; Bộ đội Biên phòng tỉnh", "Thường xuyên", "Sổ theo dõi tàu cá xuất, nhập bến"),
    T203("1.3", "Duy trì thiết bị giám sát hành trình trên tàu cá có chiều dài từ 15 mét trở lên; xử lý tàu mất kết nối quá 6 giờ", "Chi cục Thủy sản", "", "Hằng ngày", "Báo cáo tàu mất kết nối")),
  SK("II", "THỰC THI PHÁP LUẬT VÀ XỬ LÝ VI PHẠM",
    T203("2.1", "Tuần tra, kiểm tra, kiểm soát trên biển; ngăn chặn tàu cá vi phạm vùng biển nước ngoài", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Cảnh sát biển Vùng 3; Chi cục Kiểm ngư", "Thường xuyên", "Kết quả tuần tra, xử lý"),
    T203("2.2", "Điều tra, xử lý nghiêm các tổ chức, cá nhân môi giới, đưa tàu cá và ngư dân đi khai thác bất hợp pháp ở vùng biển nước ngoài", "Công an tỉnh", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh; Viện Kiểm sát nhân dân tỉnh", "Quý II/2101", "Số vụ việc được khởi tố, xét xử"),
    T203("2.3", "Xử phạt vi phạm hành chính đối với các hành vi: (1) không duy trì thiết bị giám sát hành trình; (2) không ghi, nộp nhật ký khai thác; (3) khai thác không có giấy phép", "Sở Nông nghiệp và Môi trường", "Ủy ban nhân dân các xã ven biển", "Thường xuyên", "Quyết định xử phạt")),
  SK("III", "TRUYỀN THÔNG VÀ SINH KẾ NGƯ DÂN",
    T203("3.1", "Tuyên truyền, vận động ngư dân cam kết không vi phạm vùng biển nước ngoài", "Sở Văn hóa, Thể thao và Du lịch", "Hội Nghề cá tỉnh; Báo và Phát thanh, Truyền hình tỉnh", "Quý I/2101", "Bản cam kết của chủ tàu, thuyền trưởng"),
    T203("3.2", "Hỗ trợ chuyển đổi nghề cho ngư dân khai thác ven bờ sang nuôi trồng thủy sản, dịch vụ du lịch biển", "Ủy ban nhân dân các xã ven biển", "Sở Nông nghiệp và Môi trường; Ngân hàng Chính sách xã hội chi nhánh tỉnh", "Năm 2101", "Số hộ được hỗ trợ chuyển đổi nghề")),
 ]}
T204 = tasker("content", "extra:Người đứng đầu chịu trách nhiệm", "lead", "coordinating", "timeframe")
P204 = {"schema": "annex/v1", "appendix": "03", "title": "KẾ HOẠCH QUẢN LÝ, BẢO VỆ TÀI NGUYÊN KHOÁNG SẢN CHƯA KHAI THÁC TRÊN ĐỊA BÀN NĂM 2102",
 "subtitle": "(Ban hành kèm theo Quyết định số    /QĐ-UBND ngày    /    /2102 của Ủy ban nhân dân huyện)",
 "sectionStyle": "merged",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "extra", "lead", "coordinating", "timeframe"),
   ["TT", "Nội dung công việc", "Người đứng đầu chịu trách nhiệm", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"], [0.05, 0.37, 0.14, 0.15, 0.17, 0.12])],
 "items": [
  SK("I", "CÔNG TÁC KIỂM TRA, GIÁM SÁT",
    T204("1.", "Kiểm tra hoạt động khai thác cát, sỏi lòng sông; xử lý các bến bãi tập kết trái phép", "Phó Chủ tịch Ủy ban nhân dân huyện", "Phòng Kinh tế", "Công an huyện; Ủy ban nhân dân các xã có sông", "Quý II/2102", subs=[
      T204("a)", "Kiểm tra đột xuất vào ban đêm tại các điểm nóng", "Trưởng Công an huyện", "Công an huyện", "Phòng Kinh tế", "Thường xuyên"),
      T204("b)", "Lắp đặt camera giám sát tại các bến bãi lớn", "Chủ tịch Ủy ban nhân dân xã", "Ủy ban nhân dân các xã có sông", "Trung tâm Văn hóa, Thông tin và Thể thao huyện", "Tháng 8/2102")]),
    with_cont(T204("2.", "Giám sát việc thực hiện nghĩa vụ tài chính, ký quỹ cải tạo, phục hồi môi trường của các tổ chức khai thác khoáng sản", "Trưởng phòng Tài chính - Kế hoạch", "Phòng Tài chính - Kế hoạch", "Chi cục Thuế khu vực; Phòng Kinh tế", "Tháng 10/2102"),
      {"content": "- Công khai danh sách tổ chức chậm nộp tiền cấp quyền khai thác", "timeframe": "Quý IV/2102"})),
  SK("II", "BẢO VỆ KHOÁNG SẢN CHƯA KHAI THÁC",
    T204("3.", "Cắm mốc, khoanh định khu vực cấm, tạm cấm hoạt động khoáng sản trên bản đồ địa chính", "Trưởng phòng Kinh tế", "Phòng Kinh tế", "Văn phòng Đăng ký đất đai chi nhánh huyện", "Năm 2102"),
    T204("4.", "Giao trách nhiệm cho thôn, tổ dân phố phát hiện, báo cáo kịp thời hoạt động khai thác trái phép", "Chủ tịch Ủy ban nhân dân xã", "Ủy ban nhân dân các xã, thị trấn", "Trưởng thôn, tổ trưởng tổ dân phố", "Thường xuyên"),
    T204("5.", "Sơ kết, đánh giá kết quả thực hiện Kế hoạch; đề xuất khen thưởng, kỷ luật", "Chủ tịch Ủy ban nhân dân huyện", "Phòng Kinh tế", "Các cơ quan, đơn vị liên quan", "Tháng 12/2102")),
 ]}
# 205: a province's plan for the safety of dams and reservoirs in seven
# columns with the funding last ("Sản phẩm" | "Thời gian hoàn thành" |
# "Nguồn kinh phí"), tasks "1", "2" with tasks "1.1", "1.2" under task 1,
# a task with no product, funding "Không" or named sources;
# 206: a commune's plan for calling citizens up for military service in
# five columns, no coordinating column, the time before the units
# ("Thời gian" | "Cơ quan, đơn vị thực hiện" | "Ghi chú"), sections set
# as one merged cell "I. TITLE", tasks numbered on through the sections,
# notes in a few rows only.
T205 = tasker("content", "lead", "coordinating", "deliverable", "timeframe", "funding")
P205 = {"schema": "annex/v1", "appendix": "02", "title": "DANH MỤC NHIỆM VỤ BẢO ĐẢM AN TOÀN HỒ, ĐẬP TRÊN ĐỊA BÀN TỈNH NĂM 2103",
 "subtitle": "(Kèm theo Kế hoạch số 58/KH-UBND ngày 14/3/2103 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "deliverable", "timeframe", "funding"),
   ["STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Sản phẩm", "Thời gian hoàn thành", "Nguồn kinh phí"], [0.05, 0.29, 0.14, 0.15, 0.14, 0.11, 0.12])],
 "items": [
  SK("I", "RÀ SOÁT, KIỂM ĐỊNH HỒ, ĐẬP",
    T205("1", "Rà soát, đánh giá hiện trạng an toàn các hồ chứa nước, đập dâng trên địa bàn tỉnh", "Sở Nông nghiệp và Môi trường", "Ủy ban nhân dân các xã, phường có hồ, đập", "Báo cáo hiện trạng", "Tháng 4/2103", "Ngân sách tỉnh", subs=[
      T205("1.1", "Kiểm định an toàn đập đối với các hồ chứa có dung tích từ 3 triệu m3 trở lên", "Công ty TNHH MTV Khai thác công trình thủy lợi tỉnh", "Sở Nông nghiệp và Môi trường", "Báo cáo kết quả kiểm định", "Quý II/2103", "Vốn sự nghiệp thủy lợi"),
      T205("1.2", "Lập danh sách hồ, đập xuống cấp cần sửa chữa, nâng cấp khẩn cấp trước mùa mưa lũ", "Chi cục Thủy lợi", "Các chủ đập", "Danh sách hồ, đập xuống cấp", "Tháng 5/2103", "Không")]),
    T205("2", "Cắm mốc chỉ giới phạm vi bảo vệ công trình thủy lợi đối với các hồ chứa nước", "Ủy ban nhân dân các xã, phường", "Sở Nông nghiệp và Môi trường; Sở Tài chính", "Mốc chỉ giới được cắm", "Năm 2103", "Ngân sách cấp xã")),
  SK("II", "VẬN HÀNH VÀ ỨNG PHÓ KHẨN CẤP",
    T205("3", "Xây dựng, phê duyệt phương án ứng phó thiên tai và phương án ứng phó với tình huống khẩn cấp cho từng hồ chứa", "Các chủ đập", "Ban Chỉ huy phòng thủ dân sự tỉnh", "Phương án được phê duyệt", "Trước 30/6/2103", "Vốn của chủ đập"),
    T205("4", "Lắp đặt thiết bị quan trắc mực nước, lượng mưa tự động và camera giám sát tại các hồ chứa xung yếu", "Chi cục Thủy lợi", "Viễn thông tỉnh; các chủ đập", "Hệ thống quan trắc hoạt động", "Quý III/2103", "Ngân sách tỉnh; nguồn xã hội hóa"),
    T205("5", "Tổ chức diễn tập ứng phó sự cố vỡ đập, xả lũ khẩn cấp cho người dân vùng hạ du", "Ban Chỉ huy phòng thủ dân sự tỉnh", "Bộ Chỉ huy Quân sự tỉnh; Công an tỉnh; Ủy ban nhân dân các xã vùng hạ du", "", "Tháng 8/2103", "Ngân sách tỉnh"),
    T205("6", "Kiểm tra công tác bảo đảm an toàn hồ, đập trước, trong và sau mùa mưa lũ", "Sở Nông nghiệp và Môi trường", "Các sở, ngành liên quan", "Báo cáo kết quả kiểm tra", "Thường xuyên", "Không")),
 ]}
T206 = tasker("content", "timeframe", "lead", "note")
P206 = {"schema": "annex/v1", "appendix": "", "title": "KẾ HOẠCH TUYỂN CHỌN VÀ GỌI CÔNG DÂN NHẬP NGŨ NĂM 2104",
 "subtitle": "(Kèm theo Kế hoạch số 09/KH-UBND ngày 20/10/2103 của Ủy ban nhân dân xã)",
 "sectionStyle": "merged",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "timeframe", "lead", "note"),
   ["TT", "Nội dung công việc", "Thời gian", "Cơ quan, đơn vị thực hiện", "Ghi chú"], [0.06, 0.43, 0.14, 0.23, 0.14])],
 "items": [
  SK("I", "CÔNG TÁC CHUẨN BỊ",
    T206("1", "Kiện toàn Hội đồng nghĩa vụ quân sự xã; phân công nhiệm vụ cho các thành viên", "Tháng 10/2103", "Ban Chỉ huy Quân sự xã", ""),
    T206("2", "Đăng ký nghĩa vụ quân sự cho công dân nam đủ 17 tuổi; rà soát, nắm nguồn công dân trong độ tuổi gọi nhập ngũ", "Tháng 11/2103", "Ban Chỉ huy Quân sự xã; Công an xã; trưởng các thôn", "Theo hướng dẫn của Ban Chỉ huy Quân sự huyện"),
    T206("3", "Tuyên truyền Luật Nghĩa vụ quân sự trên hệ thống loa truyền thanh và tại các buổi sinh hoạt thôn", "Thường xuyên", "Đài Truyền thanh xã; Đoàn Thanh niên xã", "")),
  SK("II", "TỔ CHỨC KHÁM SỨC KHỎE VÀ XÉT DUYỆT",
    T206("4", "Tổ chức sơ tuyển sức khỏe cho công dân trong diện gọi nhập ngũ", "Tháng 12/2103", "Trạm Y tế xã", "Lập danh sách gửi Hội đồng huyện"),
    T206("5", "Xét duyệt, công khai danh sách công dân đủ điều kiện nhập ngũ tại trụ sở Ủy ban nhân dân xã và nhà văn hóa các thôn", "Tháng 01/2104", "Hội đồng nghĩa vụ quân sự xã", ""),
    T206("6", "Thăm hỏi, tặng quà gia đình tân binh; tổ chức lễ giao nhận quân bảo đảm trang trọng, an toàn", "Tháng 02/2104", "Ủy ban Mặt trận Tổ quốc Việt Nam xã; Hội Cựu chiến binh xã", "Phối hợp với các đoàn thể")),
 ]}
# 207: a ministry's plan for reforming tax procedures in letter parts A
# and B over roman sections, tasks "1." numbered again in each section,
# sub-tasks "a)", six columns with the deadline before the product
# ("Thời hạn" | "Sản phẩm");
# 208: a ward's plan for a civilised urban ward in six columns with the
# funding in millions ("Kinh phí (triệu đồng)") before the time and notes
# last, tasks numbered on through the sections, an empty funding cell.
T207 = tasker("content", "lead", "coordinating", "timeframe", "deliverable")
P207 = {"schema": "annex/v1", "appendix": "I", "title": "DANH MỤC NHIỆM VỤ CẢI CÁCH THỦ TỤC HÀNH CHÍNH TRONG LĨNH VỰC THUẾ NĂM 2105",
 "subtitle": "(Ban hành kèm theo Quyết định số 215/QĐ-BTC ngày 09/02/2105 của Bộ trưởng Bộ Tài chính)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "deliverable"),
   ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn", "Sản phẩm"], [0.05, 0.35, 0.15, 0.17, 0.11, 0.17])],
 "items": [
  SK("A", "CẢI CÁCH THỂ CHẾ",
   SK("I", "Rà soát, đơn giản hóa thủ tục",
    T207("1.", "Rà soát, cắt giảm thành phần hồ sơ khai thuế đối với hộ kinh doanh, cá nhân kinh doanh", "Cục Thuế", "Vụ Chính sách thuế; Vụ Pháp chế", "Tháng 6/2105", "Báo cáo rà soát, phương án đơn giản hóa"),
    T207("2.", "Sửa đổi quy trình hoàn thuế giá trị gia tăng theo hướng tự động hóa", "Cục Thuế", "Cục Hải quan; Kho bạc Nhà nước", "Quý III/2105", "Quy trình được ban hành", subs=[
      T207("a)", "Xây dựng tiêu chí phân loại hồ sơ hoàn thuế theo mức độ rủi ro", "Cục Thuế", "Cục Công nghệ thông tin", "Tháng 5/2105", "Bộ tiêu chí"),
      T207("b)", "Thí điểm hoàn thuế tự động tại một số tỉnh, thành phố", "Cục Thuế", "Thuế các tỉnh, thành phố được chọn", "Tháng 9/2105", "Báo cáo kết quả thí điểm")])),
   SK("II", "Hoàn thiện văn bản hướng dẫn",
    T207("1.", "Ban hành Thông tư hướng dẫn về hóa đơn điện tử khởi tạo từ máy tính tiền", "Vụ Chính sách thuế", "Cục Thuế; Vụ Pháp chế", "Quý II/2105", "Thông tư của Bộ trưởng Bộ Tài chính")), kind="part"),
  SK("B", "HIỆN ĐẠI HÓA VÀ KIỂM TRA, GIÁM SÁT",
   SK("I", "Ứng dụng công nghệ thông tin",
    T207("1.", "Nâng cấp ứng dụng thuế điện tử trên thiết bị di động; tích hợp với Cổng Dịch vụ công quốc gia", "Cục Công nghệ thông tin", "Cục Thuế; Văn phòng Chính phủ", "Tháng 10/2105", "Ứng dụng được nâng cấp"),
    T207("2.", "Kết nối, chia sẻ dữ liệu về thuế với cơ sở dữ liệu quốc gia về dân cư", "Cục Thuế", "Bộ Công an", "Thường xuyên", "Dữ liệu được kết nối")),
   SK("II", "Kiểm tra, đánh giá",
    T207("1.", "Kiểm tra việc thực hiện thủ tục hành chính thuế tại cơ quan thuế các cấp", "Thanh tra Bộ", "Cục Thuế", "Quý IV/2105", "Kết luận kiểm tra"),
    T207("2.", "Khảo sát mức độ hài lòng của người nộp thuế; báo cáo kết quả cải cách", "Cục Thuế", "Hiệp hội Doanh nghiệp nhỏ và vừa Việt Nam", "Tháng 12/2105", "Báo cáo khảo sát")), kind="part"),
 ]}
T208 = tasker("content", "lead", "coordinating", "funding", "timeframe", "note")
P208 = {"schema": "annex/v1", "appendix": "", "title": "KẾ HOẠCH XÂY DỰNG PHƯỜNG ĐẠT CHUẨN VĂN MINH ĐÔ THỊ NĂM 2106",
 "subtitle": "(Kèm theo Kế hoạch số 31/KH-UBND ngày 05/01/2106 của Ủy ban nhân dân phường)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "funding", "timeframe", "note"),
   ["TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Kinh phí (triệu đồng)", "Thời gian thực hiện", "Ghi chú"], [0.05, 0.33, 0.15, 0.16, 0.1, 0.12, 0.09])],
 "items": [
  SK("I", "Chỉnh trang đô thị",
    T208("1", "Lát lại vỉa hè, trồng bổ sung cây xanh trên các tuyến phố chính", "Ban Quản lý dự án đầu tư xây dựng", "Tổ dân phố; các hộ kinh doanh", "850", "Quý II/2106", ""),
    T208("2", "Lắp đặt hệ thống chiếu sáng công cộng tại các ngõ, hẻm chưa có đèn", "Ủy ban nhân dân phường", "Công ty Điện lực", "320", "Tháng 8/2106", "Vận động xã hội hóa"),
    T208("3", "Xóa bỏ các điểm tập kết rác tự phát; bố trí thùng rác phân loại tại nơi công cộng", "Công chức Địa chính - Xây dựng", "Công ty Môi trường đô thị", "120", "Thường xuyên", "")),
  SK("II", "Nếp sống văn minh",
    T208("4", "Tuyên truyền thực hiện quy tắc ứng xử nơi công cộng, nếp sống văn minh đô thị", "Công chức Văn hóa - Xã hội", "Ủy ban Mặt trận Tổ quốc Việt Nam phường; các tổ dân phố", "45", "Quý I/2106", ""),
    T208("5", "Ra quân giải tỏa lấn chiếm lòng đường, vỉa hè để kinh doanh", "Công an phường", "Đội Quản lý trật tự đô thị", "", "Hằng tháng", "Kiểm tra đột xuất"),
    T208("6", "Bình xét, công nhận tổ dân phố văn hóa, gia đình văn hóa", "Ban Chỉ đạo phong trào phường", "Các tổ dân phố", "30", "Tháng 11/2106", "")),
 ]}
# 209: a province's plan for health insurance for all in six columns with
# a long deadline header ("Thời gian dự kiến hoàn thành") after the
# product, roman sections in sentence case over dotted subsections "II.1",
# "II.2", tasks numbered on through the subsections, a cell listing
# "(1) …; (2) …" items, an empty coordinating cell;
# 210: a commune's plan for rural roads and new-style rural criteria in
# eight columns (funding in millions and the source of funds after the
# time), tasks numbered again in each section, sub-tasks "a", "b", a row
# going on the task above, an empty product cell and empty notes.
T209 = tasker("content", "lead", "coordinating", "deliverable", "timeframe")
P209 = {"schema": "annex/v1", "appendix": "02", "title": "NHIỆM VỤ THỰC HIỆN BẢO HIỂM Y TẾ TOÀN DÂN GIAI ĐOẠN 2027 - 2030",
 "subtitle": "(Kèm theo Kế hoạch số 142/KH-UBND ngày 18/03/2027 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "deliverable", "timeframe"),
   ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Sản phẩm", "Thời gian dự kiến hoàn thành"], [0.06, 0.35, 0.15, 0.17, 0.15, 0.12])],
 "items": [
  SK("I", "Công tác lãnh đạo, chỉ đạo và truyền thông",
    T209("1", "Giao chỉ tiêu bao phủ bảo hiểm y tế cho từng xã, phường; đưa chỉ tiêu vào nghị quyết phát triển kinh tế - xã hội hằng năm", "Sở Y tế", "Bảo hiểm xã hội tỉnh; Ủy ban nhân dân các xã, phường", "Quyết định giao chỉ tiêu", "Quý I/2027"),
    T209("2", "Truyền thông về quyền lợi khi tham gia bảo hiểm y tế hộ gia đình qua mạng xã hội, loa truyền thanh cơ sở", "Bảo hiểm xã hội tỉnh", "Báo và Phát thanh, Truyền hình tỉnh", "Tin, bài, phóng sự", "Thường xuyên")),
  SK("II", "Mở rộng đối tượng tham gia",
   SK("II.1", "Đối tượng học sinh, sinh viên",
    T209("3", "Phối hợp với nhà trường vận động học sinh, sinh viên tham gia bảo hiểm y tế đầu năm học", "Sở Giáo dục và Đào tạo", "Bảo hiểm xã hội tỉnh; các trường cao đẳng, đại học trên địa bàn", "Tỷ lệ học sinh, sinh viên tham gia", "Tháng 10 hằng năm"),
    T209("4", "Hỗ trợ mức đóng cho học sinh thuộc hộ cận nghèo, hộ làm nông nghiệp có mức sống trung bình", "Sở Tài chính", "", "Nghị quyết của Hội đồng nhân dân tỉnh", "Năm 2027"), kind="subsection"),
   SK("II.2", "Đối tượng người lao động và hộ gia đình",
    T209("5", "Thanh tra, kiểm tra việc đóng bảo hiểm y tế của doanh nghiệp; xử lý các hành vi: (1) trốn đóng; (2) chậm đóng kéo dài; (3) đóng không đủ số người lao động", "Sở Nội vụ", "Bảo hiểm xã hội tỉnh; Liên đoàn Lao động tỉnh", "Kết luận thanh tra", "Hằng năm"),
    T209("6", "Phát triển mạng lưới đại lý thu bảo hiểm y tế tại thôn, tổ dân phố", "Bảo hiểm xã hội tỉnh", "Bưu điện tỉnh; Ủy ban nhân dân các xã, phường", "Đại lý thu được thành lập", "2027 - 2028"), kind="subsection")),
  SK("III", "Nâng cao chất lượng khám, chữa bệnh bảo hiểm y tế",
    T209("7", "Bảo đảm cung ứng đủ thuốc, vật tư y tế tại các cơ sở khám, chữa bệnh; không để người bệnh tự mua thuốc trong danh mục", "Sở Y tế", "Các bệnh viện tuyến tỉnh; Trung tâm Y tế khu vực", "Báo cáo cung ứng thuốc", "Quý IV/2027"),
    T209("8", "Sơ kết việc thực hiện Kế hoạch; báo cáo Ủy ban nhân dân tỉnh", "Sở Y tế", "Các sở, ngành liên quan", "Báo cáo sơ kết", "Tháng 12/2028")),
 ]}
T210 = tasker("content", "lead", "coordinating", "deliverable", "timeframe", "funding", "note")
P210 = {"schema": "annex/v1", "appendix": "", "title": "KẾ HOẠCH THỰC HIỆN CÁC TIÊU CHÍ XÃ NÔNG THÔN MỚI NÂNG CAO NĂM 2028",
 "subtitle": "(Kèm theo Kế hoạch số    /KH-UBND ngày    /    /2028 của Ủy ban nhân dân xã)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "deliverable", "timeframe", "funding", "note"),
   ["TT", "Nội dung thực hiện", "Đơn vị chủ trì", "Đơn vị phối hợp", "Sản phẩm", "Thời gian", "Kinh phí (triệu đồng)", "Ghi chú"], [0.05, 0.29, 0.13, 0.14, 0.13, 0.09, 0.08, 0.09])],
 "items": [
  SK("I", "GIAO THÔNG, THỦY LỢI",
    T210("1", "Cứng hóa đường trục thôn, đường ngõ xóm còn lại; lắp biển báo tên đường", "Ban Quản lý xây dựng nông thôn mới xã", "Các thôn; Nhân dân đóng góp", "Km đường được cứng hóa", "Quý III/2028", "2.400", "Nhà nước và Nhân dân cùng làm", subs=[
      T210("a", "Thôn Đông: tuyến từ nhà văn hóa đến cánh đồng", "Trưởng thôn Đông", "Ban Quản lý xây dựng nông thôn mới xã", "1,2 km", "Tháng 6/2028", "900", ""),
      T210("b", "Các tuyến ngõ xóm còn lại", "Các thôn", "Công chức Địa chính - Xây dựng", "", "Tháng 9/2028", "1.500", "")]),
    with_cont(T210("2", "Nạo vét kênh mương nội đồng, kiên cố hóa kênh loại III", "Hợp tác xã nông nghiệp", "Ủy ban nhân dân xã", "Km kênh được kiên cố hóa", "Trước mùa mưa", "650", ""),
      {"content": "- Duy tu trạm bơm điện, cống tưới tiêu", "timeframe": "Hằng năm"})),
  SK("II", "VĂN HÓA, MÔI TRƯỜNG",
    T210("1", "Xây dựng tuyến đường hoa, cây xanh kiểu mẫu ở mỗi thôn", "Hội Liên hiệp Phụ nữ xã", "Đoàn Thanh niên xã; các thôn", "Tuyến đường hoa", "Năm 2028", "120", "Vận động xã hội hóa"),
    T210("2", "Thu gom, xử lý rác thải sinh hoạt; hướng dẫn hộ dân ủ phân hữu cơ từ rác thải", "Công chức Nông nghiệp - Môi trường", "Hợp tác xã dịch vụ môi trường", "Tỷ lệ rác được thu gom", "Thường xuyên", "85", ""),
    T210("3", "Tổ chức hội thi thôn văn hóa kiểu mẫu; khen thưởng thôn đạt chuẩn", "Ủy ban nhân dân xã", "Ủy ban Mặt trận Tổ quốc Việt Nam xã", "Quyết định khen thưởng", "Tháng 11/2028", "40", "")),
 ]}
# 211: a province's plan for administrative procedure reform over three
# years in five columns with no product column ("Thời gian hoàn thành"
# last), roman sections in capitals, tasks numbered on through the
# sections, twenty-four tasks over several pages, some cells listing
# "(1) …; (2) …" items, empty coordinating cells;
# 212: a district's plan for schools in seven columns with the expected
# funding ("Kinh phí dự kiến (triệu đồng)") between the product and the
# time, tasks "1." numbered again in each section, sections in sentence
# case, the roman numeral "II" printed twice by mistake.
T211 = tasker("content", "lead", "coordinating", "timeframe")
P211 = {"schema": "annex/v1", "appendix": "01", "title": "DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH TỈNH GIAI ĐOẠN 2027 - 2029",
 "subtitle": "(Ban hành kèm theo Quyết định số    /QĐ-UBND ngày    /    /2027 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe"),
   ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"], [0.06, 0.44, 0.16, 0.2, 0.14])],
 "items": [
  SK("I", "CẢI CÁCH THỂ CHẾ",
    T211("1", "Rà soát các văn bản quy phạm pháp luật do Hội đồng nhân dân, Ủy ban nhân dân tỉnh ban hành; đề xuất sửa đổi, bổ sung, thay thế, bãi bỏ các văn bản không còn phù hợp", "Sở Tư pháp", "Các sở, ban, ngành; Ủy ban nhân dân các xã, phường", "Quý II/2027"),
    T211("2", "Xây dựng quy chế phối hợp trong giải quyết thủ tục hành chính liên thông giữa các cơ quan cấp tỉnh và cấp xã", "Văn phòng Ủy ban nhân dân tỉnh", "Sở Nội vụ; Sở Tư pháp", "Quý III/2027"),
    T211("3", "Kiểm tra công tác thi hành pháp luật về xử lý vi phạm hành chính tại một số sở, ngành và địa phương", "Sở Tư pháp", "", "Hằng năm"),
    T211("4", "Tổ chức lấy ý kiến người dân, doanh nghiệp đối với dự thảo văn bản quy phạm pháp luật có liên quan", "Các cơ quan chủ trì soạn thảo", "Hiệp hội Doanh nghiệp tỉnh", "Thường xuyên")),
  SK("II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
    T211("5", "Công bố, công khai đầy đủ, kịp thời danh mục thủ tục hành chính trên Cổng Dịch vụ công quốc gia và tại nơi tiếp nhận hồ sơ", "Văn phòng Ủy ban nhân dân tỉnh", "Các sở, ban, ngành", "Thường xuyên"),
    T211("6", "Rà soát, đơn giản hóa thủ tục hành chính, cắt giảm ít nhất 20% thời gian giải quyết đối với các thủ tục thuộc lĩnh vực: (1) đất đai; (2) xây dựng; (3) đầu tư", "Sở Nông nghiệp và Môi trường; Sở Xây dựng; Sở Tài chính", "Văn phòng Ủy ban nhân dân tỉnh", "Tháng 9/2027"),
    T211("7", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực tại Trung tâm Phục vụ hành chính công tỉnh", "Trung tâm Phục vụ hành chính công tỉnh", "Các sở, ban, ngành", "Năm 2027"),
    T211("8", "Thực hiện tiếp nhận hồ sơ, trả kết quả không phụ thuộc vào địa giới hành chính trong phạm vi tỉnh", "Ủy ban nhân dân các xã, phường", "Bưu điện tỉnh", "2027 - 2028"),
    T211("9", "Khảo sát, đánh giá mức độ hài lòng của người dân, doanh nghiệp đối với sự phục vụ của cơ quan hành chính nhà nước", "Sở Nội vụ", "Trường Chính trị tỉnh", "Quý IV hằng năm")),
  SK("III", "CẢI CÁCH TỔ CHỨC BỘ MÁY",
    T211("10", "Sắp xếp, kiện toàn các phòng chuyên môn, đơn vị sự nghiệp thuộc các sở theo hướng tinh gọn", "Sở Nội vụ", "Các sở, ban, ngành", "Quý I/2028"),
    T211("11", "Rà soát, ban hành quy định chức năng, nhiệm vụ, quyền hạn của các cơ quan chuyên môn sau sắp xếp", "Các sở, ban, ngành", "Sở Nội vụ; Sở Tư pháp", "Quý II/2028"),
    T211("12", "Thực hiện cơ chế tự chủ tài chính đối với đơn vị sự nghiệp công lập có đủ điều kiện", "Sở Tài chính", "Sở Nội vụ", "2027 - 2029"),
    T211("13", "Kiểm tra việc thực hiện phân cấp, ủy quyền giải quyết thủ tục hành chính cho cấp xã", "Sở Nội vụ", "", "Hằng năm")),
  SK("IV", "XÂY DỰNG ĐỘI NGŨ CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC",
    T211("14", "Xây dựng, cập nhật vị trí việc làm và cơ cấu ngạch công chức, chức danh nghề nghiệp viên chức", "Các sở, ban, ngành; Ủy ban nhân dân các xã, phường", "Sở Nội vụ", "Quý III/2027"),
    T211("15", "Tổ chức thi tuyển cạnh tranh các chức danh lãnh đạo cấp phòng", "Các sở, ban, ngành", "Sở Nội vụ", "Theo kế hoạch"),
    T211("16", "Bồi dưỡng kỹ năng giao tiếp, ứng xử cho công chức làm việc tại bộ phận một cửa các cấp", "Sở Nội vụ", "Trường Chính trị tỉnh", "Hằng năm"),
    T211("17", "Đánh giá, xếp loại cán bộ, công chức, viên chức theo kết quả thực hiện nhiệm vụ gắn với sản phẩm cụ thể", "Các cơ quan, đơn vị", "", "Tháng 12 hằng năm")),
  SK("V", "CẢI CÁCH TÀI CHÍNH CÔNG VÀ XÂY DỰNG CHÍNH QUYỀN SỐ",
    T211("18", "Công khai dự toán, quyết toán ngân sách nhà nước theo quy định", "Sở Tài chính", "Các đơn vị dự toán", "Thường xuyên"),
    T211("19", "Quản lý, sử dụng tài sản công tại cơ quan, tổ chức, đơn vị đúng tiêu chuẩn, định mức", "Các cơ quan, đơn vị", "Sở Tài chính", "Thường xuyên"),
    T211("20", "Triển khai thanh toán trực tuyến phí, lệ phí trong giải quyết thủ tục hành chính", "Sở Khoa học và Công nghệ", "Kho bạc Nhà nước khu vực; các ngân hàng thương mại", "Năm 2028"),
    T211("21", "Kết nối hệ thống thông tin giải quyết thủ tục hành chính với cơ sở dữ liệu quốc gia về dân cư", "Sở Khoa học và Công nghệ", "Công an tỉnh", "Quý II/2028"),
    T211("22", "Vận hành hệ thống báo cáo điện tử của tỉnh kết nối với hệ thống báo cáo Chính phủ", "Văn phòng Ủy ban nhân dân tỉnh", "Sở Khoa học và Công nghệ", "Thường xuyên"),
    T211("23", "Tuyên truyền về cải cách hành chính trên Báo và Phát thanh, Truyền hình tỉnh", "Sở Nội vụ", "Báo và Phát thanh, Truyền hình tỉnh", "Hằng quý"),
    T211("24", "Sơ kết giữa kỳ, tổng kết việc thực hiện Kế hoạch; đề xuất khen thưởng", "Sở Nội vụ", "Các sở, ban, ngành; Ủy ban nhân dân các xã, phường", "Tháng 11/2029")),
 ]}
T212 = tasker("content", "lead", "coordinating", "deliverable", "funding", "timeframe")
P212 = {"schema": "annex/v1", "appendix": "II", "title": "KẾ HOẠCH NÂNG CAO CHẤT LƯỢNG GIÁO DỤC PHỔ THÔNG NĂM HỌC 2028 - 2029",
 "subtitle": "(Kèm theo Kế hoạch số 58/KH-UBND ngày 20/08/2028 của Ủy ban nhân dân huyện)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "deliverable", "funding", "timeframe"),
   ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Sản phẩm", "Kinh phí dự kiến (triệu đồng)", "Thời gian"], [0.05, 0.31, 0.14, 0.15, 0.14, 0.1, 0.11])],
 "items": [
  SK("I", "Cơ sở vật chất trường, lớp học",
    T212("1.", "Xây dựng bổ sung phòng học bộ môn cho các trường trung học cơ sở chưa đạt chuẩn", "Ban Quản lý dự án đầu tư xây dựng huyện", "Phòng Giáo dục và Đào tạo", "Phòng học bộ môn", "3.200", "Quý II/2029"),
    T212("2.", "Sửa chữa nhà vệ sinh, công trình nước sạch tại các điểm trường lẻ", "Các trường tiểu học", "Ủy ban nhân dân các xã", "Công trình được sửa chữa", "450", "Tháng 8/2028")),
  SK("II", "Đội ngũ giáo viên",
    T212("1.", "Tuyển dụng giáo viên tiếng Anh, tin học còn thiếu theo định mức", "Phòng Nội vụ", "Phòng Giáo dục và Đào tạo", "Quyết định tuyển dụng", "", "Quý IV/2028"),
    T212("2.", "Bồi dưỡng giáo viên cốt cán về đổi mới phương pháp dạy học, kiểm tra đánh giá", "Phòng Giáo dục và Đào tạo", "Trường Đại học Sư phạm", "Lớp bồi dưỡng", "120", "Tháng 7/2029")),
  SK("II", "Hoạt động giáo dục",
    T212("1.", "Tổ chức dạy học hai buổi một ngày ở các trường tiểu học đủ điều kiện", "Các trường tiểu học", "", "Kế hoạch giáo dục nhà trường", "", "Năm học 2028 - 2029"),
    T212("2.", "Tổ chức Hội khỏe Phù Đổng cấp huyện; tham gia Hội khỏe cấp tỉnh", "Phòng Văn hóa và Thông tin", "Phòng Giáo dục và Đào tạo; Huyện Đoàn", "Hội khỏe được tổ chức", "200", "Tháng 3/2029"),
    T212("3.", "Sơ kết năm học; khen thưởng tập thể, cá nhân có thành tích xuất sắc", "Phòng Giáo dục và Đào tạo", "Các trường học", "Báo cáo sơ kết", "60", "Tháng 6/2029")),
 ]}
# 213: a province's anti-money-laundering plan with the deadline before
# the lead ("Thời hạn hoàn thành" second), the product last ("Hình thức
# sản phẩm"), tasks numbered on through the sections, sub-tasks "a)",
# "b)" printed with their brackets, an empty coordinating cell;
# 214: a ward's plan for replacing makeshift houses in eight columns, an
# extra "Chỉ tiêu" column before the funding in millions, the time and
# notes, letter parts A and B above roman sections, a row going on the
# task above.
T213 = tasker("content", "timeframe", "lead", "coordinating", "deliverable")
P213 = {"schema": "annex/v1", "appendix": "03", "title": "NHIỆM VỤ PHÒNG, CHỐNG RỬA TIỀN, TÀI TRỢ KHỦNG BỐ TRÊN ĐỊA BÀN TỈNH NĂM 2030",
 "subtitle": "(Kèm theo Kế hoạch số 77/KH-UBND ngày 09/02/2030 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "timeframe", "lead", "coordinating", "deliverable"),
   ["STT", "Nội dung công việc", "Thời hạn hoàn thành", "Cơ quan chủ trì", "Cơ quan phối hợp", "Hình thức sản phẩm"], [0.05, 0.34, 0.12, 0.15, 0.18, 0.16])],
 "items": [
  SK("I", "HOÀN THIỆN CƠ CHẾ PHỐI HỢP",
    T213("1", "Kiện toàn Ban Chỉ đạo phòng, chống rửa tiền của tỉnh; phân công nhiệm vụ cho từng thành viên", "Tháng 3/2030", "Ngân hàng Nhà nước chi nhánh khu vực", "Công an tỉnh; Sở Tài chính", "Quyết định của Chủ tịch Ủy ban nhân dân tỉnh"),
    T213("2", "Xây dựng quy chế trao đổi thông tin về giao dịch đáng ngờ giữa các cơ quan chức năng trên địa bàn", "Quý II/2030", "Công an tỉnh", "Ngân hàng Nhà nước chi nhánh khu vực; Thuế tỉnh; Hải quan khu vực", "Quy chế phối hợp", subs=[
      T213("a)", "Dự thảo quy chế, lấy ý kiến các cơ quan liên quan", "Tháng 4/2030", "Công an tỉnh", "", "Dự thảo quy chế"),
      T213("b)", "Tổ chức ký kết và triển khai quy chế", "Tháng 6/2030", "Công an tỉnh", "Các cơ quan ký kết", "Quy chế được ký kết")])),
  SK("II", "TUYÊN TRUYỀN, ĐÀO TẠO",
    T213("3", "Tập huấn nghiệp vụ nhận biết, báo cáo giao dịch đáng ngờ cho cán bộ các tổ chức tín dụng, công ty bảo hiểm, công chứng", "Quý III/2030", "Ngân hàng Nhà nước chi nhánh khu vực", "Sở Tư pháp; Hiệp hội Ngân hàng tỉnh", "Lớp tập huấn"),
    T213("4", "Phổ biến quy định pháp luật về phòng, chống rửa tiền trên cổng thông tin điện tử và báo chí của tỉnh", "Thường xuyên", "Sở Văn hóa, Thể thao và Du lịch", "Báo và Phát thanh, Truyền hình tỉnh", "Tin, bài tuyên truyền")),
  SK("III", "KIỂM TRA, XỬ LÝ VI PHẠM",
    T213("5", "Kiểm tra việc thực hiện quy định về nhận biết khách hàng tại các tổ chức kinh doanh bất động sản, kinh doanh vàng bạc", "Quý IV/2030", "Sở Xây dựng; Ngân hàng Nhà nước chi nhánh khu vực", "Công an tỉnh", "Kết luận kiểm tra"),
    T213("6", "Điều tra, xử lý nghiêm các vụ án có dấu hiệu rửa tiền liên quan đến tội phạm ma túy, đánh bạc, lừa đảo qua mạng", "Thường xuyên", "Công an tỉnh", "Viện kiểm sát nhân dân tỉnh; Tòa án nhân dân tỉnh", "Hồ sơ vụ án"),
    T213("7", "Tổng hợp, báo cáo kết quả thực hiện Kế hoạch về Ngân hàng Nhà nước Việt Nam", "Trước ngày 15/12/2030", "Ngân hàng Nhà nước chi nhánh khu vực", "Các sở, ngành liên quan", "Báo cáo tổng kết")),
 ]}
T214 = tasker("content", "lead", "coordinating", "extra:Chỉ tiêu", "funding", "timeframe", "note")
P214 = {"schema": "annex/v1", "appendix": "", "title": "KẾ HOẠCH XÓA NHÀ TẠM, NHÀ DỘT NÁT TRÊN ĐỊA BÀN PHƯỜNG NĂM 2031",
 "subtitle": "(Kèm theo Kế hoạch số    /KH-UBND ngày    /    /2031 của Ủy ban nhân dân phường)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "extra", "funding", "timeframe", "note"),
   ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Chỉ tiêu", "Kinh phí (triệu đồng)", "Thời gian hoàn thành", "Ghi chú"], [0.05, 0.28, 0.13, 0.14, 0.1, 0.09, 0.11, 0.1])],
 "items": [
  SK("A", "NHIỆM VỤ CHUNG",
   SK("I", "Rà soát, lập danh sách",
    T214("1", "Rà soát, thống kê hộ nghèo, hộ cận nghèo, gia đình chính sách đang ở nhà tạm, nhà dột nát", "Công chức Văn hóa - Xã hội", "Các tổ dân phố", "100% hộ được rà soát", "", "Tháng 1/2031", ""),
    T214("2", "Niêm yết công khai danh sách hộ được hỗ trợ tại trụ sở phường và nhà văn hóa tổ dân phố", "Ủy ban nhân dân phường", "Ủy ban Mặt trận Tổ quốc Việt Nam phường", "", "", "Tháng 2/2031", "Lấy ý kiến Nhân dân")), kind="part"),
  SK("B", "NHIỆM VỤ CỤ THỂ",
   SK("I", "Xây mới, sửa chữa nhà ở",
    T214("1", "Hỗ trợ xây mới nhà ở cho hộ nghèo không có khả năng tự làm nhà", "Ban Chỉ đạo xóa nhà tạm phường", "Đoàn Thanh niên phường; Hội Cựu chiến binh phường", "12 căn", "720", "Quý II/2031", "Mức hỗ trợ 60 triệu đồng/căn"),
    with_cont(T214("2", "Sửa chữa nhà dột nát cho hộ cận nghèo, gia đình chính sách", "Ban Chỉ đạo xóa nhà tạm phường", "Các tổ dân phố", "20 căn", "600", "Quý III/2031", ""),
      {"content": "- Vận động doanh nghiệp, nhà hảo tâm góp ngày công, vật liệu", "note": "Xã hội hóa"})),
   SK("II", "Kiểm tra, bàn giao",
    T214("1", "Nghiệm thu, bàn giao nhà cho các hộ; tổ chức lễ bàn giao tập trung", "Ủy ban nhân dân phường", "Ban Chỉ đạo xóa nhà tạm phường", "32 căn", "30", "Tháng 9/2031", ""),
    T214("2", "Báo cáo kết quả thực hiện về Ủy ban nhân dân thành phố", "Công chức Văn phòng - Thống kê", "", "", "", "Tháng 10/2031", "")), kind="part"),
 ]}
# 215: a province's plan for democracy at the grassroots, its heads
# "Cơ quan, đơn vị chủ trì" and "Cơ quan, đơn vị phối hợp" with a comma,
# the result ("Kết quả, sản phẩm") after the time, sections and tasks
# printed with their dots ("I.", "1."), tasks numbered on;
# 216: a district's riverbank-erosion plan in seven columns with a
# place column ("Địa điểm") between the content and the lead, funding
# in millions before the time, lettered sub-tasks, empty coordinating
# cells, sections in sentence case.
T215 = tasker("content", "lead", "coordinating", "timeframe", "deliverable")
P215 = {"schema": "annex/v1", "appendix": "I", "title": "KẾ HOẠCH THỰC HIỆN DÂN CHỦ Ở CƠ SỞ TRÊN ĐỊA BÀN TỈNH NĂM 2032",
 "subtitle": "(Ban hành kèm theo Kế hoạch số 25/KH-UBND ngày 14/01/2032 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "deliverable"),
   ["STT", "Nội dung", "Cơ quan, đơn vị chủ trì", "Cơ quan, đơn vị phối hợp", "Thời gian thực hiện", "Kết quả, sản phẩm"], [0.06, 0.33, 0.15, 0.18, 0.12, 0.16])],
 "items": [
  SK("I.", "CÔNG KHAI THÔNG TIN",
    T215("1.", "Công khai kế hoạch sử dụng đất, quy hoạch chi tiết xây dựng tại trụ sở Ủy ban nhân dân cấp xã và trên cổng thông tin điện tử", "Ủy ban nhân dân các xã, phường", "Sở Nông nghiệp và Môi trường", "Thường xuyên", "Thông tin được công khai"),
    T215("2.", "Niêm yết thủ tục hành chính, mức thu phí, lệ phí tại bộ phận tiếp nhận và trả kết quả", "Ủy ban nhân dân các xã, phường", "", "Quý I/2032", "Bảng niêm yết")),
  SK("II.", "NHÂN DÂN BÀN VÀ QUYẾT ĐỊNH",
    T215("3.", "Hướng dẫn tổ chức hội nghị cộng đồng dân cư bàn và quyết định việc đóng góp xây dựng công trình công cộng", "Sở Nội vụ", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Quý II/2032", "Văn bản hướng dẫn"),
    T215("4.", "Tổ chức lấy ý kiến Nhân dân về hương ước, quy ước của thôn, tổ dân phố", "Ủy ban nhân dân các xã, phường", "Ban công tác Mặt trận ở khu dân cư", "Năm 2032", "Hương ước, quy ước được công nhận")),
  SK("III.", "NHÂN DÂN KIỂM TRA, GIÁM SÁT",
    T215("5.", "Kiện toàn, bồi dưỡng nghiệp vụ cho Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Thanh tra tỉnh; Sở Tài chính", "Quý III/2032", "Lớp bồi dưỡng"),
    T215("6.", "Tiếp nhận, xử lý phản ánh, kiến nghị của người dân qua đường dây nóng và ứng dụng trên thiết bị di động", "Văn phòng Ủy ban nhân dân tỉnh", "Các sở, ban, ngành; Công an tỉnh", "Thường xuyên", "Phản ánh được xử lý đúng hạn"),
    T215("7.", "Sơ kết, đánh giá việc thực hiện dân chủ ở cơ sở; biểu dương điển hình", "Sở Nội vụ", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Tháng 12/2032", "Báo cáo sơ kết")),
 ]}
T216 = tasker("content", "extra:Địa điểm", "lead", "coordinating", "funding", "timeframe")
P216 = {"schema": "annex/v1", "appendix": "02", "title": "DANH MỤC NHIỆM VỤ PHÒNG, CHỐNG SẠT LỞ BỜ SÔNG, BỜ SUỐI NĂM 2033",
 "subtitle": "(Kèm theo Kế hoạch số 09/KH-UBND ngày 05/03/2033 của Ủy ban nhân dân huyện)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "extra", "lead", "coordinating", "funding", "timeframe"),
   ["TT", "Nội dung nhiệm vụ", "Địa điểm", "Đơn vị chủ trì", "Đơn vị phối hợp", "Kinh phí (triệu đồng)", "Thời gian"], [0.05, 0.3, 0.12, 0.14, 0.15, 0.1, 0.14])],
 "items": [
  SK("I", "Rà soát, cảnh báo",
    T216("1", "Rà soát, khoanh vùng các điểm có nguy cơ sạt lở cao; cắm biển cảnh báo", "Các xã ven sông", "Phòng Nông nghiệp và Môi trường", "Ủy ban nhân dân các xã", "150", "Trước tháng 5/2033"),
    T216("2", "Lắp đặt thiết bị quan trắc, cảnh báo sớm sạt lở", "Xã Tân An, xã Bình Hòa", "Ban Chỉ huy phòng thủ dân sự huyện", "", "420", "Quý II/2033", subs=[
      T216("a", "Khảo sát vị trí lắp đặt", "Xã Tân An", "Phòng Nông nghiệp và Môi trường", "", "20", "Tháng 4/2033"),
      T216("b", "Mua sắm, lắp đặt và vận hành thử", "Xã Bình Hòa", "Ban Quản lý dự án đầu tư xây dựng huyện", "Công ty cổ phần viễn thông", "400", "Tháng 6/2033")])),
  SK("II", "Công trình và di dời",
    T216("3", "Gia cố kè bờ sông đoạn qua khu dân cư tập trung bằng rọ đá, cọc bê tông", "Thị trấn", "Ban Quản lý dự án đầu tư xây dựng huyện", "Ủy ban nhân dân thị trấn", "6.500", "2033 - 2034"),
    T216("4", "Di dời khẩn cấp các hộ dân trong vùng sạt lở đến nơi ở an toàn; hỗ trợ ổn định đời sống", "Các xã ven sông", "Ủy ban nhân dân các xã", "Hội Chữ thập đỏ huyện; Ngân hàng Chính sách xã hội huyện", "1.800", "Khi có sạt lở"),
    T216("5", "Tổng kết công tác phòng, chống sạt lở; báo cáo Ủy ban nhân dân tỉnh", "Toàn huyện", "Phòng Nông nghiệp và Môi trường", "", "", "Tháng 12/2033")),
 ]}
# 217: a ministry's digital-transformation plan in seven columns, the
# product before the deadline and the funding source last, tasks
# numbered "1.1", "1.2" straight under roman sections (no task "1"),
# cells holding "(1) ...; (2) ..." items, sections in capitals;
# 218: a commune's road-safety plan in six columns: the force that
# carries a task out, then a place column ("Địa bàn") after it, the
# time and funding in whole đồng, parts A and B above the roman
# sections, tasks numbered afresh in each section, sub-tasks "a)",
# a row without a number going on the task above.
T217 = tasker("content", "lead", "coordinating", "deliverable", "timeframe", "funding")
P217 = {"schema": "annex/v1", "appendix": "II", "title": "DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ CỦA BỘ GIAI ĐOẠN 2034 - 2035",
 "subtitle": "(Kèm theo Quyết định số 412/QĐ-BTC ngày 18/02/2034 của Bộ trưởng)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "deliverable", "timeframe", "funding"),
   ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Sản phẩm", "Thời hạn hoàn thành", "Nguồn kinh phí"], [0.06, 0.3, 0.13, 0.15, 0.14, 0.11, 0.11])],
 "items": [
  SK("I", "HẠ TẦNG VÀ NỀN TẢNG SỐ",
    T217("1.1", "Nâng cấp trung tâm dữ liệu của Bộ: (1) mở rộng dung lượng lưu trữ; (2) bảo đảm dự phòng tại chỗ", "Cục Tin học và Thống kê", "Văn phòng Bộ; Vụ Kế hoạch - Tài chính", "Trung tâm dữ liệu được nâng cấp", "Quý IV/2034", "Ngân sách nhà nước"),
    T217("1.2", "Kết nối, chia sẻ dữ liệu với nền tảng tích hợp, chia sẻ dữ liệu quốc gia", "Cục Tin học và Thống kê", "Các đơn vị thuộc Bộ", "Dữ liệu được kết nối", "Năm 2034", "Chi thường xuyên"),
    T217("1.3", "Triển khai chữ ký số cho cán bộ, công chức, viên chức", "Văn phòng Bộ", "", "Chứng thư số được cấp", "Thường xuyên", "")),
  SK("II", "DỮ LIỆU VÀ DỊCH VỤ CÔNG",
    T217("2.1", "Xây dựng cơ sở dữ liệu chuyên ngành: (1) chuẩn hóa danh mục; (2) số hóa hồ sơ lưu trữ; (3) cập nhật dữ liệu hằng năm", "Các Cục, Vụ chuyên ngành", "Cục Tin học và Thống kê", "Cơ sở dữ liệu chuyên ngành", "2034 - 2035", "Ngân sách nhà nước; nguồn hợp pháp khác"),
    T217("2.2", "Cung cấp dịch vụ công trực tuyến toàn trình đối với thủ tục hành chính đủ điều kiện", "Văn phòng Bộ", "Các đơn vị có thủ tục hành chính", "Dịch vụ công trực tuyến toàn trình", "Tháng 6/2035", "Chi thường xuyên"),
    T217("2.3", "Đánh giá mức độ chuyển đổi số của các đơn vị; báo cáo Bộ trưởng", "Cục Tin học và Thống kê", "Các đơn vị thuộc Bộ", "Báo cáo đánh giá", "Tháng 12 hằng năm", "")),
 ]}
T218 = tasker("content", "lead", "extra:Địa bàn", "timeframe", "funding")
P218 = {"schema": "annex/v1", "appendix": "", "title": "KẾ HOẠCH BẢO ĐẢM TRẬT TỰ, AN TOÀN GIAO THÔNG NĂM 2035",
 "subtitle": "(Ban hành kèm theo Kế hoạch số    /KH-UBND ngày    /    /2035 của Ủy ban nhân dân xã)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "extra", "timeframe", "funding"),
   ["TT", "Nội dung công việc", "Lực lượng thực hiện", "Địa bàn", "Thời gian", "Kinh phí (đồng)"], [0.05, 0.37, 0.17, 0.13, 0.13, 0.15])],
 "items": [
  SK("A", "TUYÊN TRUYỀN",
    SK("I", "Tuyên truyền tại cộng đồng",
      T218("1", "Tuyên truyền Luật Trật tự, an toàn giao thông đường bộ trên hệ thống loa truyền thanh", "Công an xã", "Các thôn", "Hằng tuần", "6.000.000"),
      with_cont(T218("2", "Tổ chức cho học sinh ký cam kết chấp hành quy định khi tham gia giao thông", "Các trường học trên địa bàn", "Toàn xã", "Tháng 9/2035", ""),
        {"content": "Ngoại khóa về văn hóa giao thông cho học sinh", "lead": "Đoàn Thanh niên xã"})), kind="part"),
  SK("B", "BẢO ĐẢM TRẬT TỰ",
    SK("I", "Tuần tra, kiểm soát",
      T218("1", "Tuần tra, xử lý vi phạm nồng độ cồn, chở hàng cồng kềnh, đua xe trái phép", "Công an xã", "Tuyến đường liên xã", "Cao điểm lễ, Tết", "15.000.000", subs=[
        T218("a)", "Lập chốt kiểm soát vào các ngày cuối tuần", "Công an xã", "Ngã ba chợ", "Thứ Bảy, Chủ nhật", ""),
        T218("b)", "Phối hợp với Cảnh sát giao thông huyện", "Công an xã", "Quốc lộ", "Theo kế hoạch của huyện", "")])),
    SK("II", "Kết cấu hạ tầng",
      T218("1", "Phát quang hành lang, bổ sung biển báo tại các điểm giao cắt nguy hiểm", "Ban quản lý các thôn", "Các thôn", "Quý II/2035", "24.500.000"),
      T218("2", "Sơ kết công tác bảo đảm trật tự, an toàn giao thông; khen thưởng tập thể, cá nhân", "Ủy ban nhân dân xã", "Toàn xã", "Tháng 12/2035", "3.000.000")), kind="part"),
 ]}
# 219: a province's agricultural-extension plan in seven columns: the
# model's name ("Tên mô hình, nhiệm vụ"), its place and its scale
# ("Địa điểm thực hiện", "Quy mô", two extra columns) before the unit
# that carries it out, the time and the funding in millions; sections
# in capitals, tasks numbered on;
# 220: a ward's plan in five columns headed in capitals ("BỘ PHẬN THỰC
# HIỆN", "GHI CHÚ"), sections "I." in sentence case, tasks "1." numbered
# afresh in each section, notes in some rows only.
T219 = tasker("content", "extra:Địa điểm thực hiện", "extra:Quy mô", "lead", "timeframe", "funding")
P219 = {"schema": "annex/v1", "appendix": "03", "title": "DANH MỤC MÔ HÌNH, NHIỆM VỤ KHUYẾN NÔNG NĂM 2036",
 "subtitle": "(Kèm theo Kế hoạch số 37/KH-SNNMT ngày 20/01/2036 của Sở Nông nghiệp và Môi trường)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "extra", "extra", "lead", "timeframe", "funding"),
   ["TT", "Tên mô hình, nhiệm vụ", "Địa điểm thực hiện", "Quy mô", "Đơn vị thực hiện", "Thời gian", "Kinh phí (triệu đồng)"], [0.05, 0.28, 0.14, 0.1, 0.17, 0.12, 0.14])],
 "items": [
  SK("I", "TRỒNG TRỌT",
    T219("1", "Mô hình sản xuất lúa theo hướng hữu cơ, giảm phát thải", "Xã Phú Lộc, xã Tân Thành", "50 ha", "Trung tâm Khuyến nông tỉnh", "Vụ Đông Xuân 2035 - 2036", "850"),
    T219("2", "Mô hình trồng cây ăn quả áp dụng tưới tiết kiệm nước", "Xã Hòa Bình", "10 ha", "Trung tâm Khuyến nông tỉnh", "Quý I - Quý III/2036", "420")),
  SK("II", "CHĂN NUÔI VÀ THỦY SẢN",
    T219("3", "Mô hình nuôi gà thả vườn an toàn sinh học gắn với liên kết tiêu thụ", "Xã Đồng Tâm", "5.000 con", "Hợp tác xã Nông nghiệp Đồng Tâm", "Tháng 3 - 9/2036", "300"),
    T219("4", "Mô hình nuôi tôm nước lợ ứng dụng công nghệ cao", "Xã ven biển", "3 ha", "Trung tâm Khuyến nông tỉnh", "Năm 2036", "1.200")),
  SK("III", "ĐÀO TẠO, THÔNG TIN",
    T219("5", "Tập huấn kỹ thuật cho nông dân tham gia mô hình; tổ chức hội thảo đầu bờ", "Các xã có mô hình", "20 lớp", "Trung tâm Khuyến nông tỉnh", "Trong năm", "160"),
    T219("6", "Xây dựng chuyên mục khuyến nông trên sóng phát thanh, truyền hình", "", "24 số", "Báo và Phát thanh, Truyền hình tỉnh", "Hằng tháng", "96")),
 ]}
T220 = tasker("content", "lead", "timeframe", "note")
P220 = {"schema": "annex/v1", "appendix": "", "title": "KẾ HOẠCH TỔ CHỨC CÁC HOẠT ĐỘNG CHÀO MỪNG NGÀY QUỐC KHÁNH NĂM 2036",
 "subtitle": "(Kèm theo Kế hoạch số     /KH-UBND ngày    /    /2036 của Ủy ban nhân dân phường)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "timeframe", "note"),
   ["STT", "NỘI DUNG CÔNG VIỆC", "BỘ PHẬN THỰC HIỆN", "THỜI GIAN", "GHI CHÚ"], [0.06, 0.44, 0.2, 0.14, 0.16])],
 "items": [
  SK("I.", "Công tác tuyên truyền",
    T220("1.", "Treo cờ Tổ quốc, băng rôn, khẩu hiệu trên các tuyến đường chính và tại trụ sở các cơ quan, đơn vị", "Công chức Văn hóa - Xã hội", "Từ ngày 25/8/2036", "Phối hợp các tổ dân phố"),
    T220("2.", "Thông tin trên hệ thống loa truyền thanh về ý nghĩa lịch sử của Cách mạng tháng Tám và Quốc khánh", "Đài truyền thanh phường", "Tháng 8/2036", "")),
  SK("II.", "Các hoạt động văn hóa, thể thao",
    T220("1.", "Tổ chức giải bóng đá thiếu niên, nhi đồng các tổ dân phố", "Đoàn Thanh niên phường", "Ngày 29 - 31/8/2036", "Xã hội hóa"),
    T220("2.", "Văn nghệ chào mừng tại nhà văn hóa khu phố", "Các tổ dân phố", "Tối ngày 01/9/2036", ""),
    T220("3.", "Thăm, tặng quà gia đình chính sách, người có công tiêu biểu", "Ủy ban nhân dân phường", "Trước ngày 02/9/2036", "Báo cáo kết quả về Ủy ban nhân dân quận")),
  SK("III.", "Bảo đảm an ninh, trật tự",
    T220("1.", "Xây dựng phương án bảo đảm an ninh, trật tự, phòng cháy, chữa cháy trong dịp lễ", "Công an phường", "Trước ngày 25/8/2036", "")),
 ]}
# 221: a provincial health department's plan in six columns, its last an
# output indicator ("Chỉ số đầu ra"), sections "I." in capitals, tasks
# "1." numbered on, sub-tasks "a." and "b." with their dots, a content
# cell of "(1) …; (2) …" items;
# 222: a district's schedule of an anniversary's events in five columns
# with the time before the content ("Thời gian" | "Nội dung công việc"),
# the unit carrying it out and the notes after it, no sections.
T221 = tasker("content", "lead", "coordinating", "timeframe", "extra:Chỉ số đầu ra")
P221 = {"schema": "annex/v1", "appendix": "01", "title": "HOẠT ĐỘNG PHÒNG, CHỐNG BỆNH KHÔNG LÂY NHIỄM NĂM 2037",
 "subtitle": "(Kèm theo Kế hoạch số 118/KH-SYT ngày 09/3/2037 của Sở Y tế)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "extra"),
   ["STT", "Hoạt động", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian", "Chỉ số đầu ra"], [0.06, 0.34, 0.15, 0.17, 0.12, 0.16])],
 "items": [
  SK("I.", "SÀNG LỌC, PHÁT HIỆN SỚM",
    T221("1.", "Sàng lọc tăng huyết áp, đái tháo đường cho người từ 40 tuổi trở lên tại trạm y tế xã", "Trung tâm Kiểm soát bệnh tật", "Trạm Y tế các xã, phường", "Quý II - Quý III/2037", "80% người được sàng lọc", subs=[
      T221("a.", "Tập huấn quy trình sàng lọc cho nhân viên y tế cơ sở", "Trung tâm Kiểm soát bệnh tật", "Bệnh viện Đa khoa tỉnh", "Tháng 4/2037", "02 lớp"),
      T221("b.", "Cấp phát máy đo huyết áp, que thử đường huyết", "Trung tâm Kiểm soát bệnh tật", "", "Tháng 5/2037", "150 bộ")]),
    T221("2.", "Quản lý, điều trị người bệnh tại trạm y tế: (1) lập hồ sơ theo dõi; (2) cấp thuốc hằng tháng", "Trung tâm Y tế các huyện", "Bảo hiểm xã hội tỉnh", "Thường xuyên", "Hồ sơ được cập nhật")),
  SK("II.", "TRUYỀN THÔNG",
    T221("3.", "Truyền thông về chế độ ăn giảm muối, hoạt động thể lực", "Trung tâm Kiểm soát bệnh tật", "Báo và Phát thanh, Truyền hình tỉnh", "Hằng quý", "12 tin, bài"),
    T221("4.", "Báo cáo kết quả thực hiện về Bộ Y tế", "Sở Y tế", "Các đơn vị liên quan", "Trước 15/12/2037", "Báo cáo")),
 ]}
T222 = tasker("timeframe", "content", "lead", "note")
P222 = {"schema": "annex/v1", "appendix": "", "title": "LỊCH TỔ CHỨC CÁC HOẠT ĐỘNG KỶ NIỆM 50 NĂM NGÀY THÀNH LẬP HUYỆN",
 "subtitle": "(Kèm theo Kế hoạch số 42/KH-UBND ngày 02/02/2038 của Ủy ban nhân dân huyện)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "timeframe", "content", "lead", "note"),
   ["STT", "Thời gian", "Nội dung công việc", "Đơn vị thực hiện", "Ghi chú"], [0.06, 0.15, 0.42, 0.2, 0.17])],
 "items": [
    T222("1", "Tháng 3/2038", "Phát động phong trào thi đua lập thành tích chào mừng kỷ niệm", "Ủy ban nhân dân huyện", ""),
    T222("2", "Tháng 4 - 5/2038", "Tổ chức hội thảo khoa học về lịch sử hình thành và phát triển của huyện", "Phòng Văn hóa, Khoa học và Thông tin", "Mời các nhà khoa học"),
    T222("3", "Ngày 15/6/2038", "Giải việt dã truyền thống; hội thi văn nghệ quần chúng", "Trung tâm Văn hóa, Thể thao và Truyền thông", "Xã hội hóa"),
    T222("4", "Ngày 30/6/2038", "Lễ kỷ niệm, đón nhận Huân chương Lao động hạng Nhất", "Văn phòng Huyện ủy; Văn phòng HĐND và UBND huyện", "Truyền hình trực tiếp"),
 ]}
# 223: a ministry's plan in seven columns with its notes last, roman
# sections split into dotted subsections ("II.1", "II.2") whose tasks are
# numbered on, cells holding "- " and "+ " bulleted lines;
# 224: a public service unit's plan in six columns, its funding in
# thousands ("Kinh phí dự kiến (nghìn đồng)") with sums, "Không" and
# words, parts "A." and "B." above dotted roman sections.
T223 = tasker("content", "lead", "coordinating", "deliverable", "timeframe", "note")
P223 = {"schema": "annex/v1", "appendix": "II", "title": "NHIỆM VỤ THỰC HIỆN CHIẾN LƯỢC PHÁT TRIỂN THỐNG KÊ GIAI ĐOẠN 2038 - 2040",
 "subtitle": "(Ban hành kèm theo Quyết định số 1520/QĐ-BTC ngày 12/7/2038 của Bộ trưởng Bộ Tài chính)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "deliverable", "timeframe", "note"),
   ["TT", "Nhiệm vụ cụ thể", "Cơ quan chủ trì", "Cơ quan phối hợp", "Kết quả đầu ra", "Thời hạn hoàn thành", "Ghi chú"], [0.05, 0.3, 0.14, 0.15, 0.14, 0.11, 0.11])],
 "items": [
  SK("I", "HOÀN THIỆN THỂ CHẾ",
    T223("1", "Rà soát, sửa đổi hệ thống chỉ tiêu thống kê quốc gia:\n- Bổ sung chỉ tiêu về kinh tế số;\n- Bổ sung chỉ tiêu về tăng trưởng xanh", "Cục Thống kê", "Các bộ, ngành", "Nghị định sửa đổi", "Năm 2039", "")),
  SK("II", "HIỆN ĐẠI HÓA HOẠT ĐỘNG THỐNG KÊ",
    SK("II.1", "Thu thập thông tin",
      T223("2", "Ứng dụng phiếu điện tử trong các cuộc điều tra thống kê", "Cục Thống kê", "", "Phần mềm thu thập", "Năm 2038", "Đã có dự toán"),
      T223("3", "Khai thác dữ liệu hành chính phục vụ thống kê:\n+ Dữ liệu thuế;\n+ Dữ liệu bảo hiểm xã hội", "Cục Thống kê", "Cục Thuế; Bảo hiểm xã hội Việt Nam", "Quy chế khai thác", "Quý IV/2039", ""), kind="subsection"),
    SK("II.2", "Phổ biến thông tin",
      T223("4", "Xây dựng lịch phổ biến thông tin thống kê hằng năm", "Cục Thống kê", "Văn phòng Bộ", "Lịch phổ biến", "Tháng 12 hằng năm", "Công bố trên Cổng thông tin"),
      T223("5", "Đánh giá giữa kỳ việc thực hiện Chiến lược", "Cục Thống kê", "Các đơn vị thuộc Bộ", "Báo cáo đánh giá", "Năm 2040", ""), kind="subsection")),
 ]}
T224 = tasker("content", "lead", "coordinating", "timeframe", "funding")
P224 = {"schema": "annex/v1", "appendix": "01", "title": "KẾ HOẠCH THỰC HÀNH TIẾT KIỆM, CHỐNG LÃNG PHÍ CỦA TRUNG TÂM NĂM 2039",
 "subtitle": "(Kèm theo Quyết định số 27/QĐ-TT ngày 15/01/2039 của Giám đốc Trung tâm)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "funding"),
   ["STT", "Nội dung", "Bộ phận chủ trì", "Bộ phận phối hợp", "Thời gian hoàn thành", "Kinh phí dự kiến (nghìn đồng)"], [0.06, 0.36, 0.15, 0.15, 0.13, 0.15])],
 "items": [
  SK("A.", "TIẾT KIỆM CHI THƯỜNG XUYÊN",
    SK("I.", "Điện, nước, văn phòng phẩm",
      T224("1.", "Thay thế thiết bị chiếu sáng bằng đèn tiết kiệm năng lượng", "Phòng Hành chính - Tổng hợp", "Các khoa, phòng", "Quý II/2039", "45.000"),
      T224("2.", "Sử dụng văn bản điện tử thay văn bản giấy trong nội bộ", "Phòng Hành chính - Tổng hợp", "", "Thường xuyên", "Không")),
    SK("II.", "Hội nghị, công tác phí",
      T224("3.", "Lồng ghép các hội nghị; tổ chức họp trực tuyến khi có thể", "Ban Giám đốc", "Các khoa, phòng", "Cả năm", "Theo thực tế")), kind="part"),
  SK("B.", "QUẢN LÝ TÀI SẢN CÔNG",
    SK("I.", "Kiểm kê, thanh lý",
      T224("4.", "Kiểm kê tài sản cuối năm; đề xuất thanh lý tài sản hư hỏng", "Phòng Tài chính - Kế toán", "Phòng Hành chính - Tổng hợp", "Tháng 12/2039", "5.500")), kind="part"),
 ]}
# 225: a province's plan under "Tên nhiệm vụ", "Đơn vị đầu mối", "Đơn
# vị tham gia", "Tiến độ" and "Sản phẩm đầu ra", quoted names in its
# contents, sections in sentence case, tasks numbered afresh;
# 226: a district's plan in eight columns: a target column, then the
# units, the time, the sum in millions and, last, its source ("Nguồn
# vốn"), letter parts over roman sections.
T225 = tasker("content", "lead", "coordinating", "timeframe", "deliverable")
P225 = {"schema": "annex/v1", "appendix": "02", "title": "NHIỆM VỤ XÂY DỰNG THƯƠNG HIỆU SẢN PHẨM NÔNG SẢN CHỦ LỰC NĂM 2040",
 "subtitle": "(Kèm theo Kế hoạch số 203/KH-UBND ngày 26/8/2039 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "deliverable"),
   ["STT", "Tên nhiệm vụ", "Đơn vị đầu mối", "Đơn vị tham gia", "Tiến độ", "Sản phẩm đầu ra"], [0.06, 0.34, 0.16, 0.17, 0.11, 0.16])],
 "items": [
  SK("I", "Xây dựng và bảo hộ nhãn hiệu",
    T225("1", "Đăng ký nhãn hiệu chứng nhận “Gạo sạch vùng trũng” cho sản phẩm gạo của tỉnh", "Sở Khoa học và Công nghệ", "Hiệp hội doanh nghiệp tỉnh; Ủy ban nhân dân các xã", "Quý II/2040", "Giấy chứng nhận đăng ký nhãn hiệu"),
    T225("2", "Xây dựng hệ thống truy xuất nguồn gốc cho sản phẩm chủ lực", "Sở Nông nghiệp và Môi trường", "Các hợp tác xã", "Năm 2040", "Mã truy xuất được cấp")),
  SK("II", "Quảng bá, xúc tiến tiêu thụ",
    T225("1", "Tổ chức “Tuần lễ nông sản” tại thành phố lớn; kết nối hệ thống phân phối", "Sở Công Thương", "Trung tâm Xúc tiến thương mại", "Tháng 10/2040", "Hợp đồng tiêu thụ được ký kết"),
    T225("2", "Đưa sản phẩm lên sàn thương mại điện tử", "Sở Công Thương", "", "Thường xuyên", "Gian hàng trực tuyến")),
 ]}
T226 = tasker("content", "extra:Chỉ tiêu", "lead", "coordinating", "timeframe", "funding", "extra:Nguồn vốn")
P226 = {"schema": "annex/v1", "appendix": "01", "title": "DANH MỤC NHIỆM VỤ PHÁT TRIỂN GIÁO DỤC MẦM NON NĂM 2040",
 "subtitle": "(Kèm theo Kế hoạch số 15/KH-UBND ngày 05/02/2040 của Ủy ban nhân dân huyện)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "extra", "lead", "coordinating", "timeframe", "funding", "extra"),
   ["TT", "Nội dung", "Chỉ tiêu", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian", "Kinh phí (triệu đồng)", "Nguồn vốn"], [0.05, 0.25, 0.1, 0.13, 0.13, 0.1, 0.1, 0.14])],
 "items": [
  SK("A", "CƠ SỞ VẬT CHẤT",
    SK("I", "Phòng học",
      T226("1", "Xây mới phòng học mầm non tại các điểm trường lẻ", "12 phòng", "Ban Quản lý dự án đầu tư xây dựng huyện", "Ủy ban nhân dân các xã", "Năm 2040", "6.000", "Ngân sách huyện"),
      T226("2", "Mua sắm đồ dùng, đồ chơi ngoài trời", "20 bộ", "Phòng Giáo dục và Đào tạo", "Các trường mầm non", "Quý III/2040", "800", "Ngân sách tỉnh hỗ trợ")), kind="part"),
  SK("B", "ĐỘI NGŨ",
    SK("I", "Bồi dưỡng",
      T226("1", "Bồi dưỡng giáo viên về giáo dục lấy trẻ làm trung tâm", "100% giáo viên", "Phòng Giáo dục và Đào tạo", "", "Hè 2040", "150", "Chi thường xuyên"),
      T226("2", "Tuyển dụng bổ sung giáo viên còn thiếu", "25 người", "Phòng Nội vụ", "Phòng Giáo dục và Đào tạo", "Tháng 8/2040", "", "")), kind="part"),
 ]}
# 227: a ministry's plan to carry a law into effect: the deadline before
# the form of the document ("Hình thức văn bản"), contents listing items
# "(1) …; (2) …", tasks with lettered sub-tasks "a)" under a content-only
# row, units with a part in brackets;
# 228: a commune's plan under "Người phụ trách" (posts, not bodies),
# "Bộ phận phối hợp", "Thời gian" and "Ghi chú", tasks printed "1." and
# numbered on across sections, rows going on the task above.
T227 = tasker("content", "lead", "coordinating", "timeframe", "deliverable")
P227 = {"schema": "annex/v1", "appendix": "I", "title": "DANH MỤC NHIỆM VỤ TRIỂN KHAI THI HÀNH LUẬT LƯU TRỮ",
 "subtitle": "(Kèm theo Quyết định số 1021/QĐ-BNV ngày 14/10/2040 của Bộ trưởng Bộ Nội vụ)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "deliverable"),
   ["STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn hoàn thành", "Hình thức văn bản"], [0.05, 0.37, 0.15, 0.17, 0.12, 0.14])],
 "items": [
  SK("I", "XÂY DỰNG VĂN BẢN QUY ĐỊNH CHI TIẾT",
    T227("1", "Xây dựng Nghị định quy định chi tiết một số điều của Luật, gồm: (1) quản lý tài liệu lưu trữ điện tử; (2) hoạt động dịch vụ lưu trữ; (3) lưu trữ tài liệu có giá trị đặc biệt", "Bộ Nội vụ (Cục Văn thư và Lưu trữ nhà nước)", "Bộ Tư pháp; Bộ Tài chính; Bộ Công an", "Tháng 12/2040", "Nghị định của Chính phủ"),
    T227("2", "Xây dựng Thông tư hướng dẫn thời hạn bảo quản hồ sơ, tài liệu hình thành phổ biến trong hoạt động của các cơ quan, tổ chức", "Cục Văn thư và Lưu trữ nhà nước", "Vụ Pháp chế; các bộ, ngành", "Quý II/2041", "Thông tư của Bộ trưởng"),
    T227("3", "Rà soát các văn bản quy phạm pháp luật về lưu trữ do Bộ ban hành để sửa đổi, bổ sung, thay thế hoặc bãi bỏ cho phù hợp", "Vụ Pháp chế", "Cục Văn thư và Lưu trữ nhà nước", "Quý I/2041", "Báo cáo rà soát")),
  SK("II", "TUYÊN TRUYỀN, PHỔ BIẾN VÀ TẬP HUẤN",
    T227("1", "Tổ chức hội nghị phổ biến Luật cho các bộ, ngành, địa phương", "Cục Văn thư và Lưu trữ nhà nước", "Văn phòng Bộ", "Tháng 11/2040", "Hội nghị"),
    T227("2", "Biên soạn tài liệu giới thiệu nội dung cơ bản của Luật; đăng tải trên Cổng Thông tin điện tử của Bộ", "Trung tâm Thông tin (Văn phòng Bộ)", "Cục Văn thư và Lưu trữ nhà nước", "Tháng 01/2041", "Tài liệu giới thiệu Luật"),
    T227("3", "Tập huấn nghiệp vụ lưu trữ tài liệu điện tử", "", "", "", "", subs=[
      T227("a)", "Tập huấn cho công chức làm công tác lưu trữ ở các bộ, ngành trung ương", "Cục Văn thư và Lưu trữ nhà nước", "Trường Đào tạo, bồi dưỡng cán bộ, công chức", "Quý II/2041", "Các lớp tập huấn"),
      T227("b)", "Tập huấn cho công chức làm công tác lưu trữ ở các tỉnh, thành phố trực thuộc trung ương", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "Cục Văn thư và Lưu trữ nhà nước", "Quý III/2041", "Các lớp tập huấn")])),
  SK("III", "BẢO ĐẢM ĐIỀU KIỆN THI HÀNH LUẬT",
    T227("1", "Xây dựng Cơ sở dữ liệu tài liệu lưu trữ quốc gia, kết nối với cơ sở dữ liệu của các bộ, ngành, địa phương", "Cục Văn thư và Lưu trữ nhà nước", "Bộ Công an; Bộ Khoa học và Công nghệ", "2041 - 2043", "Cơ sở dữ liệu được vận hành"),
    T227("2", "Bố trí kinh phí thực hiện các nhiệm vụ triển khai thi hành Luật trong dự toán ngân sách hằng năm", "Vụ Kế hoạch - Tài chính", "", "Hằng năm", "Dự toán được giao"),
    T227("3", "Kiểm tra, đôn đốc việc thi hành Luật tại các bộ, ngành, địa phương; tổng hợp, báo cáo Thủ tướng Chính phủ", "Cục Văn thư và Lưu trữ nhà nước", "Thanh tra Bộ", "Tháng 12 hằng năm", "Báo cáo kết quả")),
 ]}
T228 = tasker("content", "lead", "coordinating", "timeframe", "note")
P228 = {"schema": "annex/v1", "appendix": "", "title": "KẾ HOẠCH VỆ SINH MÔI TRƯỜNG, CHỈNH TRANG KHU DÂN CƯ NĂM 2041",
 "subtitle": "(Ban hành kèm theo Kế hoạch số      /KH-UBND ngày     /    /2041 của UBND xã)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "note"),
   ["TT", "Nội dung công việc", "Người phụ trách", "Bộ phận phối hợp", "Thời gian", "Ghi chú"], [0.06, 0.38, 0.17, 0.17, 0.11, 0.11])],
 "items": [
  SK("I", "Tuyên truyền, vận động",
    T228("1.", "Tuyên truyền trên hệ thống loa truyền thanh về phân loại rác thải tại nguồn", "Công chức Văn hóa - Xã hội", "Đài truyền thanh xã", "Hằng tuần", ""),
    T228("2.", "Vận động hộ gia đình ký cam kết giữ gìn vệ sinh, không xả rác ra đường, kênh mương", "Chủ tịch Ủy ban Mặt trận Tổ quốc xã", "Trưởng các thôn", "Quý I/2041", "Mẫu cam kết thống nhất")),
  SK("II", "Ra quân dọn vệ sinh",
    with_cont(T228("3.", "Tổ chức ngày Chủ nhật xanh: thu gom rác, phát quang bụi rậm dọc các tuyến đường liên thôn", "Phó Chủ tịch UBND xã phụ trách kinh tế", "Đoàn Thanh niên; Hội Phụ nữ", "Chủ nhật cuối tháng", ""),
        {"content": "Nạo vét kênh mương nội đồng", "lead": "Công chức Địa chính - Xây dựng"}),
    T228("4.", "Trồng cây xanh, hoa trên các tuyến đường kiểu mẫu", "Công chức Địa chính - Nông nghiệp", "Hội Nông dân; Hội Cựu chiến binh", "Tháng 2 - 3/2041", "Nguồn xã hội hóa"),
    T228("5.", "Xử lý các điểm tập kết rác tự phát", "Trưởng Công an xã", "Tổ dân phòng các thôn", "Thường xuyên", "")),
  SK("III", "Kiểm tra, đánh giá",
    T228("6.", "Kiểm tra việc thu gom, vận chuyển rác của tổ vệ sinh môi trường", "Phó Chủ tịch UBND xã phụ trách kinh tế", "Công chức Địa chính - Xây dựng", "Hằng tháng", ""),
    T228("7.", "Sơ kết 6 tháng, tổng kết năm; đề nghị khen thưởng thôn, hộ gia đình tiêu biểu", "Văn phòng - Thống kê", "Các ban, ngành, đoàn thể", "Tháng 6 và tháng 12/2041", "Gửi UBND huyện")),
 ]}
# 229: a province's list of tasks by field: a "Lĩnh vực" column before
# the content (an extra column the vocabulary does not know), units and
# a deadline, sections in capitals, tasks numbered afresh;
# 230: a hospital's plan with two time columns, "Thời gian bắt đầu" and
# "Thời gian hoàn thành" (the second under extra), departments as units
# ("Khoa, phòng chủ trì"), notes last, sub-tasks "a." under tasks "1.".
T229 = tasker("extra:Lĩnh vực", "content", "lead", "coordinating", "timeframe")
P229 = {"schema": "annex/v1", "appendix": "02", "title": "DANH MỤC NHIỆM VỤ CẢI THIỆN MÔI TRƯỜNG ĐẦU TƯ KINH DOANH NĂM 2041",
 "subtitle": "(Kèm theo Kế hoạch số 61/KH-UBND ngày 11/3/2041 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "extra", "content", "lead", "coordinating", "timeframe"),
   ["STT", "Lĩnh vực", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"], [0.05, 0.13, 0.35, 0.16, 0.19, 0.12])],
 "items": [
  SK("I", "THỦ TỤC HÀNH CHÍNH",
    T229("1", "Đất đai", "Rút ngắn thời gian giải quyết thủ tục giao đất, cho thuê đất đối với dự án đầu tư xuống còn 20 ngày", "Sở Nông nghiệp và Môi trường", "Ủy ban nhân dân các xã, phường", "Quý II/2041"),
    T229("2", "Xây dựng", "Công khai quy trình cấp giấy phép xây dựng trên Cổng Dịch vụ công của tỉnh; tiếp nhận hồ sơ trực tuyến toàn trình", "Sở Xây dựng", "Văn phòng Ủy ban nhân dân tỉnh", "Tháng 6/2041"),
    T229("3", "Thuế", "Hỗ trợ doanh nghiệp khai, nộp thuế điện tử; giải đáp vướng mắc qua đường dây nóng", "Thuế tỉnh", "Hiệp hội Doanh nghiệp tỉnh", "Thường xuyên")),
  SK("II", "TIẾP CẬN NGUỒN LỰC",
    T229("1", "Tín dụng", "Kết nối ngân hàng với doanh nghiệp nhỏ và vừa; tổ chức hội nghị gặp gỡ tháo gỡ khó khăn về vốn", "Ngân hàng Nhà nước chi nhánh Khu vực", "Sở Tài chính; các tổ chức tín dụng", "Quý III/2041"),
    T229("2", "Lao động", "Khảo sát nhu cầu tuyển dụng của doanh nghiệp; tổ chức phiên giao dịch việc làm hằng tháng", "Sở Nội vụ", "Trung tâm Dịch vụ việc làm tỉnh", "Hằng tháng"),
    T229("3", "Hạ tầng", "Hoàn thiện hạ tầng kỹ thuật các cụm công nghiệp; bảo đảm cấp điện, nước, xử lý nước thải tập trung", "Sở Công Thương", "Ban Quản lý các khu công nghiệp; Ủy ban nhân dân các xã", "2041 - 2042")),
  SK("III", "ĐỐI THOẠI VÀ GIÁM SÁT",
    T229("1", "Đối thoại", "Tổ chức Hội nghị đối thoại giữa lãnh đạo tỉnh với doanh nghiệp", "Sở Tài chính", "Hiệp hội Doanh nghiệp tỉnh; Liên minh Hợp tác xã tỉnh", "Quý IV/2041"),
    T229("2", "Đánh giá", "Đánh giá năng lực cạnh tranh cấp sở, ngành và địa phương (DDCI); công bố kết quả", "Văn phòng Ủy ban nhân dân tỉnh", "", "Tháng 12/2041")),
 ]}
T230 = tasker("content", "lead", "coordinating", "timeframe", "extra:Thời gian hoàn thành", "note")
P230 = {"schema": "annex/v1", "appendix": "", "title": "KẾ HOẠCH NÂNG CAO CHẤT LƯỢNG KHÁM BỆNH, CHỮA BỆNH NĂM 2042",
 "subtitle": "(Ban hành kèm theo Quyết định số 88/QĐ-BV ngày 06/01/2042 của Giám đốc Bệnh viện)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "extra", "note"),
   ["TT", "Nội dung", "Khoa, phòng chủ trì", "Khoa, phòng phối hợp", "Thời gian bắt đầu", "Thời gian hoàn thành", "Ghi chú"], [0.05, 0.33, 0.14, 0.15, 0.11, 0.11, 0.11])],
 "items": [
  SK("I", "CẢI TIẾN QUY TRÌNH",
    T230("1.", "Rà soát, cập nhật quy trình khám bệnh tại Khoa Khám bệnh; giảm thời gian chờ của người bệnh", "Khoa Khám bệnh", "Phòng Kế hoạch tổng hợp", "Tháng 01/2042", "Tháng 3/2042", "", subs=[
      T230("a.", "Bố trí thêm bàn đón tiếp vào giờ cao điểm", "Phòng Điều dưỡng", "Khoa Khám bệnh", "Tháng 01/2042", "Tháng 02/2042", ""),
      T230("b.", "Triển khai đặt lịch khám qua ứng dụng di động", "Phòng Công nghệ thông tin", "", "Tháng 02/2042", "Tháng 6/2042", "Phối hợp nhà cung cấp")]),
    T230("2.", "Chuẩn hóa quy trình bàn giao người bệnh giữa các khoa", "Phòng Điều dưỡng", "Các khoa lâm sàng", "Quý I/2042", "Quý II/2042", "")),
  SK("II", "AN TOÀN NGƯỜI BỆNH",
    T230("1.", "Giám sát tuân thủ vệ sinh tay tại các khoa lâm sàng", "Khoa Kiểm soát nhiễm khuẩn", "Mạng lưới kiểm soát nhiễm khuẩn", "Tháng 01/2042", "Tháng 12/2042", "Báo cáo hằng quý"),
    T230("2.", "Tổ chức báo cáo, phân tích sự cố y khoa; chia sẻ bài học kinh nghiệm", "Phòng Quản lý chất lượng", "Các khoa, phòng", "Hằng tháng", "Tháng 12/2042", ""),
    T230("3.", "Tập huấn phòng ngừa té ngã cho điều dưỡng mới", "Phòng Điều dưỡng", "Khoa Phục hồi chức năng", "Tháng 4/2042", "Tháng 5/2042", "02 lớp")),
 ]}
# 231: a ministry's plan numbered in three levels, "1", "1.1", "1.1.1",
# under roman sections, a task "1" of content alone over its dotted
# tasks, the product before the deadline;
# 232: a district Party committee's plan under "Cơ quan tham mưu",
# "Cơ quan phối hợp", "Thời gian", "Ghi chú", contents with "- " items
# on lines of their own, coordinating units listed "- " line by line.
T231 = tasker("content", "lead", "coordinating", "deliverable", "timeframe")
P231 = {"schema": "annex/v1", "appendix": "", "title": "KẾ HOẠCH TRIỂN KHAI CHIẾN LƯỢC PHÁT TRIỂN NGÀNH THỐNG KÊ GIAI ĐOẠN 2041 - 2045",
 "subtitle": "(Kèm theo Quyết định số 2207/QĐ-BTC ngày 18/9/2041 của Bộ trưởng Bộ Tài chính)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "deliverable", "timeframe"),
   ["STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Sản phẩm", "Thời gian hoàn thành"], [0.07, 0.33, 0.15, 0.17, 0.15, 0.13])],
 "items": [
  SK("I", "HOÀN THIỆN THỂ CHẾ",
    T231("1", "Rà soát hệ thống chỉ tiêu thống kê quốc gia", "", "", "", "", subs=[
      T231("1.1", "Đánh giá việc thu thập các chỉ tiêu của hệ thống", "Vụ Pháp chế", "Các đơn vị thuộc Bộ", "Báo cáo đánh giá", "Quý IV/2041", subs=[
        T231("1.1.1", "Tổng hợp ý kiến của các bộ, ngành về chỉ tiêu còn thiếu", "Vụ Pháp chế", "Các bộ, ngành", "Báo cáo tổng hợp", "Tháng 10/2041"),
        T231("1.1.2", "Đề xuất sửa đổi danh mục chỉ tiêu", "Vụ Pháp chế", "", "Tờ trình", "Tháng 12/2041")]),
      T231("1.2", "Xây dựng Nghị định sửa đổi hệ thống chỉ tiêu thống kê quốc gia", "Vụ Pháp chế", "Bộ Tư pháp; các bộ, ngành", "Nghị định của Chính phủ", "Năm 2042")]),
    T231("2", "Ban hành quy chế phổ biến thông tin thống kê", "Văn phòng Bộ", "Vụ Pháp chế", "Quyết định của Bộ trưởng", "Quý II/2042")),
  SK("II", "ỨNG DỤNG CÔNG NGHỆ",
    T231("1", "Hiện đại hóa thu thập số liệu", "", "", "", "", subs=[
      T231("1.1", "Triển khai phiếu điều tra điện tử trên thiết bị di động", "Trung tâm Tin học thống kê", "Các cục thống kê", "Phần mềm thu thập", "Năm 2042", subs=[
        T231("1.1.1", "Thí điểm tại 05 tỉnh", "Trung tâm Tin học thống kê", "Cục Thống kê các tỉnh thí điểm", "Báo cáo thí điểm", "Quý I/2042")]),
      T231("1.2", "Khai thác dữ liệu hành chính phục vụ thống kê", "Vụ Phương pháp chế độ thống kê", "Cục Thuế; Bảo hiểm xã hội Việt Nam", "Bộ dữ liệu", "2042 - 2043")]),
    T231("2", "Xây dựng kho dữ liệu thống kê dùng chung", "Trung tâm Tin học thống kê", "", "Kho dữ liệu", "Năm 2043")),
 ]}
T232 = tasker("content", "lead", "coordinating", "timeframe", "note")
P232 = {"schema": "annex/v1", "appendix": "", "title": "CHƯƠNG TRÌNH KIỂM TRA, GIÁM SÁT CỦA BAN THƯỜNG VỤ HUYỆN ỦY NĂM 2042",
 "subtitle": "(Kèm theo Chương trình số 14-CTr/HU ngày 10/01/2042 của Ban Thường vụ Huyện ủy)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "note"),
   ["TT", "Nội dung", "Cơ quan tham mưu", "Cơ quan phối hợp", "Thời gian", "Ghi chú"], [0.05, 0.38, 0.16, 0.18, 0.11, 0.12])],
 "items": [
  SK("I", "KIỂM TRA",
    T232("1", "Kiểm tra việc lãnh đạo, chỉ đạo thực hiện Nghị quyết Đại hội Đảng bộ huyện, trong đó:\n- Công tác phát triển đảng viên;\n- Việc thực hiện quy chế làm việc", "Ủy ban Kiểm tra Huyện ủy", "- Ban Tổ chức Huyện ủy;\n- Văn phòng Huyện ủy", "Quý II/2042", "Đảng ủy 03 xã"),
    T232("2", "Kiểm tra việc thực hiện chế độ thu, nộp, quản lý đảng phí", "Ủy ban Kiểm tra Huyện ủy", "Văn phòng Huyện ủy", "Quý III/2042", "")),
  SK("II", "GIÁM SÁT",
    T232("1", "Giám sát việc kê khai tài sản, thu nhập của cán bộ thuộc diện Ban Thường vụ quản lý", "Ủy ban Kiểm tra Huyện ủy", "Ban Tổ chức Huyện ủy", "Quý IV/2042", "Giám sát chuyên đề"),
    T232("2", "Giám sát việc giải quyết đơn thư khiếu nại, tố cáo của công dân", "Ban Nội chính Huyện ủy", "- Thanh tra huyện;\n- Công an huyện", "Cả năm", ""),
    T232("3", "Giám sát thường xuyên đối với tổ chức đảng và đảng viên theo địa bàn phụ trách", "Các đồng chí Ủy viên Ban Thường vụ", "", "Thường xuyên", "Theo Quy chế")),
 ]}
# 233: a province's plan to carry out a scheme for schools, in parts "A"
# (over roman sections) and "B" (tasks straight under it), with one
# "Phân công thực hiện" column whose cells read "Chủ trì: …" and
# "Phối hợp: …" on lines of their own, the deadline before the product;
# 234: a district Party committee's working programme under "Cơ quan
# chuẩn bị", "Đồng chí phụ trách" (an unknown head: extra), "Thời gian",
# tasks numbered on across sections, lettered sub-tasks "a)".
T233 = tasker("content", "lead", "timeframe", "deliverable")
P233 = {"schema": "annex/v1", "appendix": "02", "title": "NHIỆM VỤ TRIỂN KHAI ĐỀ ÁN NÂNG CAO CHẤT LƯỢNG GIÁO DỤC VÙNG KHÓ KHĂN GIAI ĐOẠN 2043 - 2045",
 "subtitle": "(Kèm theo Kế hoạch số 96/KH-UBND ngày 22/02/2043 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "timeframe", "deliverable"),
   ["TT", "Nhiệm vụ, giải pháp", "Phân công thực hiện", "Thời gian", "Dự kiến sản phẩm"], [0.06, 0.40, 0.24, 0.13, 0.17])],
 "items": [
  SK("A", "NHIỆM VỤ CHUNG",
    SK("I", "Công tác tuyên truyền",
      T233("1", "Tuyên truyền mục tiêu, nội dung của Đề án đến cán bộ quản lý, giáo viên, cha mẹ học sinh", "Chủ trì: Sở Giáo dục và Đào tạo\nPhối hợp: Báo và Phát thanh, Truyền hình tỉnh", "Quý I/2043", "Tin, bài, chuyên mục"),
      T233("2", "Biểu dương tập thể, cá nhân có cách làm hay trong vận động học sinh ra lớp", "Chủ trì: Sở Giáo dục và Đào tạo\nPhối hợp: Ủy ban nhân dân các xã", "Hằng năm", "Quyết định khen thưởng")),
    SK("II", "Cơ sở vật chất",
      T233("1", "Rà soát, sắp xếp mạng lưới trường, lớp học ở các thôn, bản", "Chủ trì: Ủy ban nhân dân các xã\nPhối hợp: Sở Giáo dục và Đào tạo; Sở Tài chính", "Năm 2043", "Phương án sắp xếp"),
      T233("2", "Đầu tư xây dựng nhà bán trú, nhà công vụ cho giáo viên", "Chủ trì: Sở Xây dựng\nPhối hợp: Sở Tài chính; Ủy ban nhân dân các xã", "2043 - 2045", "Công trình được đưa vào sử dụng"),
      T233("3", "Mua sắm thiết bị dạy học tối thiểu theo chương trình giáo dục phổ thông", "Chủ trì: Sở Giáo dục và Đào tạo", "Quý III hằng năm", "Thiết bị được cấp")),
  kind="part"),
  SK("B", "NHIỆM VỤ CỤ THỂ", 
    T233("1", "Tổ chức lớp bồi dưỡng tiếng dân tộc cho giáo viên công tác ở vùng khó khăn", "Chủ trì: Trường Cao đẳng Sư phạm tỉnh\nPhối hợp: Sở Dân tộc và Tôn giáo", "Hè hằng năm", "02 lớp/năm"),
    T233("2", "Hỗ trợ học sinh bán trú tiền ăn, tiền nhà ở theo quy định", "Chủ trì: Ủy ban nhân dân các xã\nPhối hợp: Sở Giáo dục và Đào tạo; Sở Tài chính", "Theo năm học", "Học sinh được hỗ trợ kịp thời"),
    T233("3", "Sơ kết, đánh giá kết quả thực hiện Đề án", "Chủ trì: Sở Giáo dục và Đào tạo\nPhối hợp: Các sở, ngành liên quan", "Tháng 12/2044", "Báo cáo sơ kết"),
  kind="part"),
 ]}
T234 = tasker("content", "lead", "extra:Đồng chí phụ trách", "timeframe")
P234 = {"schema": "annex/v1", "appendix": "", "title": "CHƯƠNG TRÌNH LÀM VIỆC CỦA BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN NĂM 2044",
 "subtitle": "(Kèm theo Chương trình số 03-CTr/HU ngày 05/01/2044 của Ban Chấp hành Đảng bộ huyện)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "extra", "timeframe"),
   ["TT", "Nội dung", "Cơ quan chuẩn bị", "Đồng chí phụ trách", "Thời gian"], [0.05, 0.45, 0.19, 0.17, 0.14])],
 "items": [
  SK("I", "HỘI NGHỊ BAN CHẤP HÀNH",
    T234("1", "Kiểm điểm công tác lãnh đạo, chỉ đạo năm 2043; nhiệm vụ năm 2044", "Văn phòng Huyện ủy", "Đồng chí Bí thư Huyện ủy", "Tháng 01/2044"),
    T234("2", "Sơ kết công tác 6 tháng đầu năm, trong đó:", "", "", "", subs=[
      T234("a)", "Đánh giá kết quả phát triển kinh tế - xã hội", "Đảng đoàn Hội đồng nhân dân huyện", "Đồng chí Phó Bí thư Thường trực", "Tháng 7/2044"),
      T234("b)", "Đánh giá công tác xây dựng Đảng", "Ban Tổ chức Huyện ủy", "Đồng chí Trưởng Ban Tổ chức", "Tháng 7/2044")])),
  SK("II", "HỘI NGHỊ BAN THƯỜNG VỤ",
    T234("3", "Cho ý kiến về đề án phát triển du lịch cộng đồng", "Ban Thường vụ Đảng ủy cơ quan Ủy ban nhân dân huyện", "Đồng chí Chủ tịch Ủy ban nhân dân huyện", "Quý II/2044"),
    T234("4", "Nghe báo cáo tình hình an ninh, trật tự trên địa bàn", "Đảng ủy Công an huyện", "Đồng chí Phó Bí thư Thường trực", "Hằng quý"),
    T234("5", "Giao ban với bí thư các chi, đảng bộ cơ sở", "Văn phòng Huyện ủy", "Thường trực Huyện ủy", "Thường xuyên")),
 ]}
# 235: a province's plan under "Cơ quan thực hiện" | "Cơ quan phối hợp" |
# "Kết quả/sản phẩm" (a head with a slash) | "Thời gian", times given as
# ranges "Từ tháng … đến tháng …", units naming lists after a colon
# ("Các sở: Tài chính, Nội vụ"), district names with commas;
# 236: a hospital's training plan: "Tên khóa đào tạo", "Đối tượng" and
# "Số lượng (người)" (unknown heads: extra), "Đơn vị tổ chức",
# "Thời gian", "Kinh phí (triệu đồng)", tasks numbered on without sections.
T235 = tasker("content", "lead", "coordinating", "deliverable", "timeframe")
P235 = {"schema": "annex/v1", "appendix": "", "title": "KẾ HOẠCH NÂNG CAO CHỈ SỐ HIỆU QUẢ QUẢN TRỊ VÀ HÀNH CHÍNH CÔNG CẤP TỈNH NĂM 2045",
 "subtitle": "(Kèm theo Kế hoạch số 31/KH-UBND ngày 20/02/2045 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "deliverable", "timeframe"),
   ["STT", "Nội dung thực hiện", "Cơ quan thực hiện", "Cơ quan phối hợp", "Kết quả/sản phẩm", "Thời gian"], [0.05, 0.34, 0.16, 0.18, 0.14, 0.13])],
 "items": [
  SK("I", "CÔNG KHAI, MINH BẠCH",
    T235("1", "Công khai kế hoạch sử dụng đất, quy hoạch xây dựng trên cổng thông tin điện tử", "UBND các huyện, thị xã, thành phố", "Các sở: Xây dựng, Nông nghiệp và Môi trường", "Thông tin được đăng tải", "Từ tháng 3 đến tháng 6/2045"),
    T235("2", "Công khai ngân sách theo quy định của Luật Ngân sách nhà nước", "Sở Tài chính", "Các cơ quan, đơn vị dự toán", "Báo cáo công khai", "Trước ngày 31/3/2045")),
  SK("II", "KIỂM SOÁT THAM NHŨNG",
    T235("1", "Thanh tra việc thực hiện pháp luật về phòng, chống tham nhũng tại 05 đơn vị", "Thanh tra tỉnh", "Các sở: Nội vụ, Tư pháp", "Kết luận thanh tra", "Từ tháng 5 đến tháng 10/2045"),
    T235("2", "Kiểm tra việc kê khai tài sản, thu nhập", "Thanh tra tỉnh", "", "Báo cáo kết quả", "Quý IV/2045"),
    T235("3", "Tiếp nhận, xử lý phản ánh của người dân qua đường dây nóng", "Văn phòng UBND tỉnh", "Công an tỉnh; UBND các huyện, thị xã, thành phố", "Phản ánh được xử lý", "Thường xuyên")),
  SK("III", "CUNG ỨNG DỊCH VỤ CÔNG",
    T235("1", "Khảo sát sự hài lòng của người dân đối với dịch vụ y tế, giáo dục công lập", "Sở Nội vụ", "Các sở: Y tế, Giáo dục và Đào tạo", "Báo cáo khảo sát", "Từ tháng 8 đến tháng 11/2045"),
    T235("2", "Nâng cấp trạm y tế xã đạt chuẩn quốc gia", "Sở Y tế", "UBND các xã", "10 trạm y tế", "Năm 2045")),
 ]}
T236 = tasker("content", "extra:Đối tượng", "extra:Số lượng (người)", "lead", "timeframe", "funding")
P236 = {"schema": "annex/v1", "appendix": "03", "title": "KẾ HOẠCH ĐÀO TẠO LIÊN TỤC NĂM 2046",
 "subtitle": "(Kèm theo Kế hoạch số 12/KH-BV ngày 08/01/2046 của Giám đốc Bệnh viện)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "extra", "extra", "lead", "timeframe", "funding"),
   ["STT", "Tên khóa đào tạo", "Đối tượng", "Số lượng (người)", "Đơn vị tổ chức", "Thời gian", "Kinh phí (triệu đồng)"], [0.05, 0.30, 0.15, 0.10, 0.16, 0.12, 0.12])],
 "items": [
    T236("1", "Cấp cứu cơ bản và hồi sức tim phổi", "Điều dưỡng, kỹ thuật viên", "60", "Khoa Hồi sức tích cực", "Tháng 3/2046", "45"),
    T236("2", "Kiểm soát nhiễm khuẩn trong bệnh viện", "Nhân viên các khoa lâm sàng", "120", "Khoa Kiểm soát nhiễm khuẩn", "Tháng 4/2046", "30"),
    T236("3", "Kỹ năng giao tiếp, ứng xử với người bệnh", "Toàn thể viên chức, người lao động", "300", "Phòng Điều dưỡng", "Quý II/2046", "25"),
    T236("4", "Kê đơn thuốc điện tử", "Bác sĩ", "80", "Phòng Kế hoạch tổng hợp", "Tháng 6/2046", "15"),
    T236("5", "Cập nhật hướng dẫn chẩn đoán, điều trị mới của Bộ Y tế", "Bác sĩ, dược sĩ", "100", "Phòng Kế hoạch tổng hợp", "Hằng quý", "40"),
    T236("6", "An toàn người bệnh", "Điều dưỡng trưởng khoa", "40", "Phòng Quản lý chất lượng", "Tháng 9/2046", "10"),
 ]}
# 237: a ministry's list of tasks: contents with a bracketed aside
# ("(thay thế Quyết định số …)") and "+" items, a lead naming its
# department in brackets ("Bộ Tài chính (Cục Quản lý giá)"), coordinating
# units in "- " lines from the first, a deadline with an aside
# ("Năm 2047 (trình Chính phủ tháng 10/2047)"), the product last;
# 238: a commune's schedule under "Người thực hiện" naming persons
# ("Đ/c Lê Văn Hùng, Phó Chủ tịch UBND xã"), a place ("Địa điểm") and
# dates ("Ngày 15/3/2047"), no sections.
T237 = tasker("content", "lead", "coordinating", "timeframe", "deliverable")
P237 = {"schema": "annex/v1", "appendix": "I", "title": "DANH MỤC NHIỆM VỤ TRIỂN KHAI LUẬT GIÁ NĂM 2047",
 "subtitle": "(Ban hành kèm theo Quyết định số 455/QĐ-BTC ngày 02/3/2047 của Bộ trưởng Bộ Tài chính)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "deliverable"),
   ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn", "Sản phẩm"], [0.05, 0.35, 0.15, 0.17, 0.14, 0.14])],
 "items": [
  SK("I", "XÂY DỰNG VĂN BẢN",
    T237("1", "Xây dựng Thông tư hướng dẫn phương pháp định giá chung (thay thế Thông tư số 45/2040/TT-BTC)", "Bộ Tài chính (Cục Quản lý giá)", "- Bộ Tư pháp;\n- Các bộ, ngành liên quan", "Năm 2047 (ban hành trong tháng 6/2047)", "Thông tư"),
    T237("2", "Rà soát danh mục hàng hóa, dịch vụ do Nhà nước định giá, gồm:\n+ Dịch vụ khám, chữa bệnh;\n+ Dịch vụ giáo dục, đào tạo", "Bộ Tài chính (Cục Quản lý giá)", "- Bộ Y tế;\n- Bộ Giáo dục và Đào tạo", "Quý III/2047", "Báo cáo rà soát")),
  SK("II", "TỔ CHỨC THỰC HIỆN",
    T237("1", "Tập huấn nghiệp vụ thẩm định giá cho cán bộ địa phương", "Bộ Tài chính (Cục Quản lý giá)", "- Sở Tài chính các tỉnh, thành phố", "Năm 2047 (tổ chức 03 lớp)", "Lớp tập huấn"),
    T237("2", "Xây dựng cơ sở dữ liệu quốc gia về giá", "Bộ Tài chính (Cục Tin học và Thống kê tài chính)", "- Các bộ, ngành;\n- Ủy ban nhân dân cấp tỉnh", "2047 - 2048", "Cơ sở dữ liệu được vận hành"),
    T237("3", "Kiểm tra việc chấp hành pháp luật về giá tại một số địa phương", "Thanh tra Bộ Tài chính", "", "Quý IV/2047", "Kết luận kiểm tra")),
 ]}
T238 = tasker("content", "lead", "extra:Địa điểm", "timeframe")
P238 = {"schema": "annex/v1", "appendix": "", "title": "LỊCH TỔ CHỨC CÁC HOẠT ĐỘNG KỶ NIỆM NGÀY THÀNH LẬP XÃ NĂM 2047",
 "subtitle": "(Kèm theo Kế hoạch số 09/KH-UBND ngày 10/02/2047 của Ủy ban nhân dân xã)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "extra", "timeframe"),
   ["TT", "Nội dung công việc", "Người thực hiện", "Địa điểm", "Thời gian"], [0.06, 0.36, 0.24, 0.18, 0.16])],
 "items": [
    T238("1", "Họp Ban Tổ chức, phân công nhiệm vụ", "Đ/c Lê Văn Hùng, Phó Chủ tịch UBND xã", "Hội trường UBND xã", "Ngày 15/3/2047"),
    T238("2", "Trang trí khánh tiết, treo băng rôn, cờ hoa trên các trục đường chính", "Đ/c Trần Thị Mai, công chức Văn hóa - Xã hội", "Trung tâm xã và các thôn", "Từ ngày 20/3 đến ngày 25/3/2047"),
    T238("3", "Tổ chức giải bóng chuyền hơi", "Đ/c Phạm Văn Nam, Bí thư Đoàn xã", "Sân vận động xã", "Ngày 26/3/2047"),
    T238("4", "Lễ kỷ niệm và gặp mặt các thế hệ cán bộ", "Đ/c Nguyễn Văn Bình, Chủ tịch UBND xã", "Hội trường UBND xã", "8 giờ ngày 28/3/2047"),
    T238("5", "Tổng hợp, báo cáo kết quả", "Văn phòng - Thống kê xã", "", "Trước ngày 05/4/2047"),
 ]}
# 239: a province's plan for digital government, long (three sections,
# fourteen tasks) so that rows break across pages, tight year ranges
# ("2048-2050"), notes saying a task goes on from the plan before;
# 240: a state company's work plan under "Hạng mục công việc" (a content
# head the vocabulary does not know), "Bộ phận thực hiện", "Thời gian
# bắt đầu" and "Thời gian kết thúc" (the second under extra), notes.
T239 = tasker("content", "lead", "coordinating", "timeframe", "note")
P239 = {"schema": "annex/v1", "appendix": "01", "title": "DANH MỤC NHIỆM VỤ PHÁT TRIỂN CHÍNH QUYỀN SỐ GIAI ĐOẠN 2048-2050",
 "subtitle": "(Kèm theo Kế hoạch số 205/KH-UBND ngày 15/12/2047 của Ủy ban nhân dân tỉnh)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "coordinating", "timeframe", "note"),
   ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian", "Ghi chú"], [0.05, 0.39, 0.15, 0.17, 0.11, 0.13])],
 "items": [
  SK("I", "HẠ TẦNG SỐ",
    T239("1", "Nâng cấp mạng truyền số liệu chuyên dùng đến cấp xã, bảo đảm kết nối thông suốt bốn cấp hành chính", "Sở Khoa học và Công nghệ", "Các doanh nghiệp viễn thông", "2048-2049", "Nhiệm vụ chuyển tiếp"),
    T239("2", "Mở rộng Trung tâm dữ liệu tỉnh, bổ sung năng lực lưu trữ và sao lưu dự phòng", "Sở Khoa học và Công nghệ", "Sở Tài chính", "2048-2050", ""),
    T239("3", "Trang bị thiết bị ký số, chữ ký số chuyên dùng cho cán bộ, công chức cấp xã", "Ban Cơ yếu tỉnh", "Ủy ban nhân dân các xã, phường", "Năm 2048", ""),
    T239("4", "Triển khai hệ thống giám sát an toàn thông tin tập trung cho các cơ quan nhà nước", "Công an tỉnh", "Sở Khoa học và Công nghệ", "Năm 2049", "")),
  SK("II", "DỮ LIỆU SỐ",
    T239("5", "Xây dựng kho dữ liệu dùng chung của tỉnh, chuẩn hóa danh mục dữ liệu mở", "Sở Khoa học và Công nghệ", "Các sở, ban, ngành", "2048-2049", ""),
    T239("6", "Số hóa hồ sơ địa chính, xây dựng cơ sở dữ liệu đất đai cấp xã", "Sở Nông nghiệp và Môi trường", "Ủy ban nhân dân các xã, phường", "2048-2050", "Nhiệm vụ chuyển tiếp"),
    T239("7", "Xây dựng cơ sở dữ liệu về cán bộ, công chức, viên chức của tỉnh kết nối với cơ sở dữ liệu quốc gia", "Sở Nội vụ", "Các cơ quan, đơn vị", "Năm 2048", ""),
    T239("8", "Công bố dữ liệu mở về y tế, giáo dục, giao thông trên Cổng dữ liệu của tỉnh", "Sở Khoa học và Công nghệ", "Sở Y tế; Sở Giáo dục và Đào tạo; Sở Xây dựng", "Hằng năm", ""),
    T239("9", "Khai thác dữ liệu dân cư phục vụ giải quyết thủ tục hành chính và phát triển kinh tế - xã hội", "Công an tỉnh", "Văn phòng Ủy ban nhân dân tỉnh", "Thường xuyên", "")),
  SK("III", "ỨNG DỤNG SỐ",
    T239("10", "Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh", "Văn phòng Ủy ban nhân dân tỉnh", "Sở Khoa học và Công nghệ", "Năm 2048", ""),
    T239("11", "Triển khai trợ lý ảo hỗ trợ cán bộ, công chức xử lý công việc", "Sở Khoa học và Công nghệ", "Các sở, ban, ngành", "2049-2050", "Thí điểm tại 03 sở"),
    T239("12", "Xây dựng ứng dụng phản ánh hiện trường cho người dân trên thiết bị di động", "Văn phòng Ủy ban nhân dân tỉnh", "Ủy ban nhân dân các xã, phường", "Năm 2049", ""),
    T239("13", "Triển khai học bạ số, văn bằng số trong các cơ sở giáo dục", "Sở Giáo dục và Đào tạo", "", "2048-2049", ""),
    T239("14", "Đánh giá mức độ chuyển đổi số của các cơ quan, địa phương", "Sở Khoa học và Công nghệ", "Sở Nội vụ", "Quý IV hằng năm", "")),
 ]}
T240 = tasker("content", "lead", "timeframe", "extra:Thời gian kết thúc", "note")
P240 = {"schema": "annex/v1", "appendix": "", "title": "KẾ HOẠCH BẢO DƯỠNG, SỬA CHỮA CÔNG TRÌNH THỦY LỢI NĂM 2049",
 "subtitle": "(Kèm theo Quyết định số 88/QĐ-CTTL ngày 06/01/2049 của Giám đốc Công ty)",
 "columns": [{"key": k, "header": h, "width": w} for k, h, w in zip(("number", "content", "lead", "timeframe", "extra", "note"),
   ["STT", "Hạng mục công việc", "Bộ phận thực hiện", "Thời gian bắt đầu", "Thời gian kết thúc", "Ghi chú"], [0.06, 0.38, 0.18, 0.12, 0.12, 0.14])],
 "items": [
  SK("I", "HỒ CHỨA",
    T240("1", "Kiểm tra, bảo dưỡng cửa van, máy đóng mở cống lấy nước", "Xí nghiệp Thủy lợi số 1", "Tháng 01/2049", "Tháng 02/2049", ""),
    T240("2", "Phát quang, dọn vệ sinh mái đập, rãnh thoát nước", "Xí nghiệp Thủy lợi số 1", "Tháng 02/2049", "Tháng 3/2049", "Thuê khoán"),
    T240("3", "Sửa chữa tràn xả lũ bị xói lở", "Phòng Kỹ thuật", "Tháng 3/2049", "Tháng 5/2049", "Trước mùa mưa")),
  SK("II", "KÊNH MƯƠNG",
    T240("1", "Nạo vét bùn đất kênh chính, kênh cấp 1", "Các cụm thủy nông", "Tháng 4/2049", "Tháng 6/2049", ""),
    T240("2", "Gia cố bờ kênh đoạn qua khu dân cư", "Phòng Kỹ thuật", "Tháng 7/2049", "Tháng 9/2049", "Phối hợp với xã"),
    T240("3", "Thay thế cống điều tiết bị hư hỏng", "Xí nghiệp Thủy lợi số 2", "Tháng 10/2049", "Tháng 11/2049", "")),
 ]}
for name, p in (("digital_2026", A), ("disaster_2026", B), ("tourism_2026", D), ("reform_2026", E), ("health_2026", H), ("school_2026", K),
                ("landlaw_2026", L), ("environment_2026", V),
                ("economy_2026", P9), ("ethnic_2026", P10), ("agriculture_2026", P11), ("safety_2026", P12),
                ("manpower_2026", P13), ("culture_2026", P14), ("integrity_2026", P15), ("energy_2026", P16),
                ("schemes_2026", P17), ("urban_2026", P18), ("coop_2026", P19), ("children_2026", P20),
                ("egov_2026", P21), ("ministry_2026", P22), ("party_2026", P23), ("commune_2026", P24),
                ("epidemic_2026", P25), ("university_2026", P26),
                ("police_2026", P27), ("forest_2026", P28), ("university_group_2026", P26G),
                ("poverty_2026", P29), ("water_2026", P30), ("seaeco_2026", P31), ("moit_2026", P32),
                ("partybuild_2026", P33), ("science_2026", P34),
                ("school2_2026", P35), ("insurance_2026", P36),
                ("airquality_2026", P37), ("drafting_2026", P38),
                ("govdigital_2026", P39), ("floods_2026", P40),
                ("reform2_2026", P41), ("ministry2_2026", P42),
                ("newrural_2026", P43), ("sciencenq_2026", P44),
                ("health2_2026", P45), ("commune2_2026", P46),
                ("tourism2_2026", P47), ("ministry3_2026", P48),
                ("drugs_2026", P49), ("seaeco2_2026", P50),
                ("legaledu_2027", P51), ("traffic_2027", P52),
                ("revenue_2027", P53), ("gender_2027", P54),
                ("pci_2027", P55), ("animal_2027", P56),
                ("manpower2_2027", P57), ("consumer_2027", P58),
                ("publicunits_2027", P59), ("inspection_2027", P60),
                ("greenind_2027", P61), ("anniversary_2027", P62),
                ("land_2027", P63), ("fire_2027", P64),
                ("statistics_2027", P65), ("communereform_2027", P66),
                ("science57_2027", P67), ("children2_2027", P68),
                ("ncd_2027", P69), ("tradepromo_2027", P70), ("tradepromo_group_2027", P70G),
                ("environment2_2027", P71), ("ministry4_2027", P72),
                ("school3_2027", P73), ("tourism3_2027", P74),
                ("papi_2027", P75), ("youth_2027", P76),
                ("dancu_2027", P77), ("ntm_2027", P78),
                ("plastic_2027", P79), ("juvenile_2027", P80),
                ("elderly_2027", P81), ("udigital_2027", P82),
                ("pests_2027", P83), ("sports_2027", P84),
                ("exam_2027", P85), ("partyinsp_2027", P86),
                ("traffic2_2028", P87), ("sme_2028", P88),
                ("reading_2028", P89), ("massmob_2028", P90),
                ("nighteco_2028", P91), ("foodsafety_2028", P92),
                ("climate_2028", P93), ("unity_2028", P94),
                ("invest_2029", P95), ("summer_2029", P96), ("housing_2030", P97), ("cyber_2030", P98), ("circular_2030", P99), ("medstaff_2030", P100), ("waste_2030", P101), ("festival_2030", P102), ("satisfaction_2030", P103), ("schoolyear_2030", P104),
                ("disaster_2030", P105), ("lawmaking_2027", P106), ("reading_2030", P107), ("partyagenda_2028", P108),
                ("hospitalqi_2029", P109), ("urbanorder_2029", P110),
                ("drought_2030", P111), ("accreditation_2030", P112),
                ("ecommerce_2031", P113), ("communedx_2031", P114),
                ("science_2031", P115), ("assign_2031", P116),
                ("vaccine_2032", P117), ("logistics_2032", P118),
                ("judicial_2033", P119), ("farming_2033", P120),
                ("midautumn_2033", P121), ("eduinspect_2033", P122),
                ("tourismnq_2034", P123), ("adminreform_2034", P124),
                ("supportind_2035", P125), ("nutrition_2035", P126),
                ("propaganda_2036", P127), ("schoolplan_2036", P128),
                ("census_2039", P129), ("tetsecurity_2036", P130),
                ("oilspill_2037", P131), ("croprestructure_2038", P132),
                ("datalaw_2037", P133), ("dengue_2037", P134),
                ("nighteco_2038", P135), ("admission_2038", P136),
                ("digitaleco_2039", P137), ("hospitalqi_2039", P138),
                ("forestfire_2039", P139), ("modelrural_2040", P140),
                ("ocop_2041", P141), ("dvprevent_2042", P142),
                ("roadlaw_2043", P143), ("craftvillage_2044", P144),
                ("preschool_2045", P145), ("medwaste_2046", P146),
                ("ethnicprog_2047", P147), ("partyinspect_2048", P148),
                ("tobacco_2049", P149), ("investlist_2050", P150),
                ("popdata_2051", P151), ("teacherplan_2052", P152),
                ("communetasks_2053", P153), ("nationalday_2054", P154),
                ("childcare_2055", P155), ("hrresolution_2056", P156),
                ("districtreform_2057", P157), ("hospitalqi_2058", P158),
                ("digitalpriority_2059", P159), ("tourismyear_2060", P160),
                ("stormseason_2061", P161), ("edutargets_2062", P162), ("pcitasks_2063", P163), ("foodsafety_2064", P164), ("roadsafety_2065", P165), ("tradepromo_2066", P166), ("plasticwaste_2067", P167), ("enrolment_2068", P168),
                ("ruraltourism_2069", P169), ("justicereform_2070", P170), ("coops_2071", P171), ("wardsports_2072", P172),
                ("sportsmass_2073", P173), ("healthdx_2074", P174),
                ("disaster_2075", P175), ("railregs_2076", P176), ("teacherdev_2077", P177), ("partyagenda_2078", P178),
                ("ntmmodel_2079", P179), ("econcensus_2080", P180),
                ("agridx_2081", P181), ("bizenv_2082", P182),
                ("watersupply_2083", P183), ("emulation_2084", P184),
                ("energysaving_2085", P185), ("wardorder_2086", P186),
                ("elderlycare_2087", P187), ("schoolsafety_2088", P188),
                ("forestplan_2089", P189), ("partyprog_2090", P190),
                ("animaldisease_2091", P191), ("waterlaw_2092", P192),
                ("humantraffic_2093", P193), ("disability_2094", P194),
                ("roadsafety_2095", P195), ("standards_2096", P196),
                ("digitaleconomy_2097", P197), ("floodseason_2098", P198),
                ("learning_2099", P199), ("heritage_2100", P200),
                ("greentransport_2099", P201), ("legaledu_2100", P202),
                ("iuu_2101", P203), ("minerals_2102", P204),
                ("damsafety_2103", P205), ("conscription_2104", P206),
                ("taxreform_2105", P207), ("civilward_2106", P208),
                ("healthins_2107", P209), ("ruralroad_2108", P210),
                ("adminreform_2109", P211), ("schools_2110", P212),
                ("amlaundering_2111", P213), ("makeshift_2112", P214),
                ("democracy_2113", P215), ("erosion_2114", P216),
                ("digital_2115", P217), ("roadsafety_2116", P218), ("extension_2117", P219), ("nationalday_2118", P220),
                ("ncd_2119", P221), ("anniversary_2120", P222), ("statistics_2121", P223), ("thrift_2122", P224),
                ("brands_2123", P225), ("preschool_2124", P226),
                ("archivelaw_2125", P227), ("communeclean_2126", P228), ("bizenv2_2127", P229), ("hospitalqi2_2128", P230),
                ("statstrategy_2129", P231), ("partyinspect2_2130", P232),
                ("schoolscheme_2131", P233), ("partyprog_2132", P234), ("pci2_2133", P235), ("training_2134", P236),
                ("pricelaw_2135", P237), ("communefest_2136", P238), ("digigov_2137", P239), ("irrigation_2138", P240)):
    json.dump(p, open(f"{name}.json", "w"), ensure_ascii=False, indent=1)
    e = json.loads(json.dumps({k: v for k, v in p.items() if k not in ("schema", "columns", "sectionStyle", "groupHead")}))
    without_dots(e["items"])  # numbers are given as printed, the answer without their dots
    merge_cont(e["items"])    # rows going on the task above are its cells' next paragraphs
    if name == "consumer_2027":
        spanning_tasks(e)
    if name == "forestplan_2089":
        spanning_tasks_of(e, [c["key"] for c in p["columns"]])
    json.dump(e, open(f"{name}.expected.json", "w"), ensure_ascii=False, indent=1)
