// Header shapes of letters and plans the dev split shows rarely: made-up heads, bodies and signatures.
import { describe, expect, it } from 'vitest';
import { personNames, properWords } from '../../src/extract/header.js';
import { run } from './helpers.js';

const MOTTO = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n';
const COPIES = 'Nơi nhận:\n- Như trên;\n- Lưu: VT.\n';

describe('header.issuer.requester-later', () => {
  it('passes over "yêu cầu" used as a noun and takes the body that asks', async () => {
    const { e } = await run('Kính gửi: Các sở, ban, ngành tỉnh.\n\nThời gian qua, việc cải cách thủ tục còn chưa đạt yêu cầu, chưa có chuyển biến rõ. Trước tình hình đó, Ủy ban nhân dân tỉnh Hưng Yên yêu cầu:\n1. Các sở rà soát thủ tục.\n2. Các xã báo cáo kết quả.\n');
    expect(e.document.issuer?.name).toBe('Ủy ban nhân dân tỉnh Hưng Yên');
    expect(e.document.rules?.issuer).toBe('header.issuer.requester-later');
  });
});

describe('header.issuer.head-requester and header.issuer.requester-place', () => {
  it('takes the body whose head directs, with the province the text names', async () => {
    const { e } = await run('Kính gửi: Các sở, ban, ngành.\n\nXét đề nghị của Sở Tài chính về việc bố trí vốn cho các dự án trên địa bàn tỉnh Gia Lai, Chủ tịch Ủy ban nhân dân tỉnh chỉ đạo như sau:\n1. Giao Sở Tài chính chủ trì.\n2. Các xã phối hợp.\n');
    expect(e.document.issuer?.name).toBe('Ủy ban nhân dân tỉnh Gia Lai');
    expect(e.document.rules?.issuer).toBe('header.issuer.head-requester');
    expect(e.document.rules?.issuerEnd).toBe('header.issuer.requester-place');
  });

  it('leaves the level word alone when two provinces are named as often', async () => {
    const { e } = await run('Kính gửi: Các sở, ban, ngành.\n\nVề tuyến đường nối tỉnh Gia Lai với tỉnh Đắk Lắk, Chủ tịch Ủy ban nhân dân tỉnh chỉ đạo như sau:\n1. Giao Sở Xây dựng chủ trì.\n2. Các xã phối hợp.\n');
    expect(e.document.rules?.issuerEnd).toBeUndefined();
  });
});

describe('titles.tsv: a sub-committee\'s head', () => {
  it('reads "TRƯỞNG TIỂU BAN" as the title in a two-column signature, the post under the name left out', async () => {
    const { e } = await run('ỦY BAN BẦU CỬ XÃ AN PHÚ\nTIỂU BAN HẬU CẦN\nSố: 03/KH-TBHC\n' + MOTTO + 'An Phú, ngày 4 tháng 1 năm 2026\n\nKẾ HOẠCH\nBảo đảm hậu cần cho ngày bầu cử\n\n1. Giao Văn phòng chuẩn bị.\n\nNơi nhận:\tTM. TIỂU BAN\n- Ủy ban bầu cử xã;\tTRƯỞNG TIỂU BAN\n- Lưu.\tLê Thị Hạnh\n\tCHỦ TỊCH HỘI PHỤ NỮ\n');
    expect(e.document.signer).toMatchObject({ name: 'Lê Thị Hạnh', title: 'Trưởng Tiểu ban' });
  });
});

describe('header.subject.proper-words', () => {
  it('keeps the capitals of Party organs in a trích yếu printed in capitals', async () => {
    const { e } = await run('HUYỆN ỦY TÂN UYÊN\n*\nSố 21-TB/HU\nĐẢNG CỘNG SẢN VIỆT NAM\nTân Uyên, ngày 8 tháng 8 năm 2025\n\nTHÔNG BÁO\nKẾT LUẬN CỦA BAN THƯỜNG VỤ HUYỆN ỦY\nVỀ CÔNG TÁC PHÒNG CHỐNG THIÊN TAI\n\n1. Giao Ban Tổ chức chủ trì.\n\n' + COPIES + 'T/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nVũ Đình Khoa\n');
    expect(e.document.subject).toBe('Kết luận của Ban Thường vụ Huyện ủy về công tác phòng chống thiên tai');
    expect(e.document.rules?.subjectProper).toBe('header.subject.proper-words');
  });

  it('gives regions their capitals and leaves common uses lower case', () => {
    expect(properWords('Ứng phó mưa lớn tại khu vực bắc trung bộ và tây nguyên')).toBe('Ứng phó mưa lớn tại khu vực Bắc Trung Bộ và Tây Nguyên');
    expect(properWords('Chỉ đạo các đảng ủy trực thuộc và các tỉnh trực thuộc trung ương')).toBe('Chỉ đạo các đảng ủy trực thuộc và các tỉnh trực thuộc trung ương');
    expect(properWords('Làm việc với đảng ủy bộ và các ngành trung ương')).toBe('Làm việc với Đảng ủy bộ và các ngành Trung ương');
    expect(properWords('Hỗ trợ đời sống nhân dân, ủy ban nhân dân xã')).toBe('Hỗ trợ đời sống Nhân dân, ủy ban nhân dân xã');
  });
});

describe('header.subject.person-name', () => {
  it('writes a person named after a title in a trích yếu printed in capitals with capitals, the title too', async () => {
    const { e } = await run('BỘ TƯ PHÁP\nSố: 61/TB-BTP\n' + MOTTO + 'Hà Nội, ngày 3 tháng 10 năm 2025\n\nTHÔNG BÁO\nKẾT LUẬN CỦA THỨ TRƯỞNG ĐOÀN MINH KHÔI\nTẠI BUỔI LÀM VIỆC VỀ CÔNG TÁC HỘ TỊCH\n\n1. Giao Vụ Pháp chế chủ trì.\n\n' + COPIES + 'TL. BỘ TRƯỞNG\nCHÁNH VĂN PHÒNG\n\nLý Quốc Trung\n');
    expect(e.document.subject).toBe('Kết luận của Thứ trưởng Đoàn Minh Khôi tại buổi làm việc về công tác hộ tịch');
    expect(e.document.rules?.subjectPerson).toBe('header.subject.person-name');
  });

  it('takes a fourth word only before a function word, a mark or the end', () => {
    expect(personNames('Ý kiến của đồng chí lê thị thu hằng tại hội nghị')).toBe('Ý kiến của đồng chí Lê Thị Thu Hằng tại hội nghị');
    expect(personNames('Chỉ đạo của phó chủ tịch trần văn an làm việc tại xã')).toBe('Chỉ đạo của Phó Chủ tịch Trần Văn An làm việc tại xã');
    expect(personNames('Kết luận của chủ tịch về việc lê tuyến đường')).toBe('Kết luận của chủ tịch về việc lê tuyến đường');
  });
});

describe('header.subject.left-cell', () => {
  it('goes on with the left cell of a tab-column line under "V/v", the addressee beside it left out', async () => {
    const { e } = await run('SỞ NỘI VỤ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\tĐộc lập - Tự do - Hạnh phúc\nSố: 301/SNV-CCVC\tCần Thơ, ngày 9 tháng 9 năm 2025\nV/v rà soát hồ sơ viên chức\t\nnghỉ hưu năm 2026\tKính gửi: Các đơn vị sự nghiệp.\n\nĐề nghị các đơn vị rà soát.\n\nNơi nhận:\tGIÁM ĐỐC\n- Như trên;\t\n- Lưu: VT.\tHà Thị Mai\n');
    expect(e.document.subject).toBe('Rà soát hồ sơ viên chức nghỉ hưu năm 2026');
    expect(e.document.rules?.subjectCell).toBe('header.subject.left-cell');
  });
});

describe('header.signer.emphasis', () => {
  it('reads a signature whose lines a web page set in bold', async () => {
    const { e } = await run('**SỞ NỘI VỤ**\n\nSố: 302/SNV-CCVC\n\nV/v rà soát hồ sơ\n\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n\n*Cần Thơ, ngày 9 tháng 9 năm 2025*\n\nKính gửi: Các đơn vị.\n\nĐề nghị các đơn vị rà soát.\n\n**Nơi nhận:**\n- Như trên;\n- Lưu: VT.\n\n**KT. GIÁM ĐỐC**\n**PHÓ GIÁM ĐỐC**\n\n**Hà Thị Mai**\n');
    expect(e.document.signer).toMatchObject({ name: 'Hà Thị Mai', title: 'Phó Giám đốc' });
    expect(e.document.rules?.signerEmphasis).toBe('header.signer.emphasis');
  });
});

describe('header.issuer.office-of-parent', () => {
  it('names the office on the last line of a head with its parent, the abbreviation in full', async () => {
    const { e } = await run('UBND TỈNH CAO BẰNG\nVĂN PHÒNG\nSố: 77/VP-TH\n' + MOTTO + 'Cao Bằng, ngày 6 tháng 5 năm 2026\nV/v thông báo ý kiến chỉ đạo\n\nKính gửi: Các sở, ngành.\n\nĐề nghị các sở triển khai.\n\n' + COPIES + 'KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n\nNông Thị Lan\n');
    expect(e.document.issuer?.name).toBe('Văn phòng Ủy ban nhân dân tỉnh Cao Bằng');
    expect(e.document.rules?.issuer).toBe('header.issuer.office-of-parent');
  });

  it('leaves an office with a name of its own as the unit it is', async () => {
    const { e } = await run('SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nVĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI\nSố: 78/VPĐKĐĐ\n' + MOTTO + 'Cao Bằng, ngày 6 tháng 5 năm 2026\nV/v cấp giấy chứng nhận\n\nKính gửi: Các chi nhánh.\n\nĐề nghị các chi nhánh triển khai.\n\n' + COPIES + 'GIÁM ĐỐC\n\nNông Thị Lan\n');
    expect(e.document.rules?.issuer).not.toBe('header.issuer.office-of-parent');
  });
});
