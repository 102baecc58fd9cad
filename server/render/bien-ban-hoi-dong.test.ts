import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { minutesDocument, type MinutesData, renderMinutes, tallyText } from './bien-ban-hoi-dong.docx';
import { docxText, docxToPdf, findSoffice, pdfText } from './docx-text';

/** A district council of 16 members: 13 present, 2 absent with written votes, 1 absent. */
function sample(overrides: Partial<MinutesData> = {}): MinutesData {
  const members = Array.from({ length: 16 }, (_, i) => ({
    name: i === 0 ? 'Nguyễn Văn Chủ' : i === 15 ? 'Lê Thị Thư' : `Trần Văn Thành Viên ${i + 1}`,
    roleLabel: i === 0 ? 'Chủ tịch Hội đồng' : i === 15 ? 'Ủy viên kiêm Thư ký' : 'Ủy viên',
    position: i === 0 ? 'Chủ tịch UBND huyện' : null,
    attendance: i < 13 ? 'Có mặt' : i < 15 ? 'Vắng mặt, có ý kiến bằng văn bản' : 'Vắng mặt',
  }));
  return {
    parentAgency: 'Ủy ban nhân dân huyện Cẩm Xuyên',
    agency: 'Hội đồng\nThi đua - Khen thưởng',
    councilName: 'Hội đồng Thi đua - Khen thưởng huyện Cẩm Xuyên',
    placeName: 'Cẩm Xuyên',
    title: 'Phiên họp xét khen thưởng tổng kết năm 2024',
    heldOn: '2024-12-20',
    startTime: '14:00',
    place: 'Hội trường UBND huyện',
    chair: { name: 'Nguyễn Văn Chủ', position: 'Chủ tịch UBND huyện' },
    secretary: { name: 'Lê Thị Thư', position: 'Chuyên viên Phòng Nội vụ' },
    members,
    present: 13,
    absentWritten: 2,
    absent: 1,
    membersTotal: 16,
    quorumText: 'Có mặt 13/16 thành viên (81,3%); yêu cầu từ 2/3 tổng số thành viên: đủ điều kiện họp.',
    quorumRule: 'Phiên họp Hội đồng: có mặt từ 2/3 tổng số thành viên',
    dossiers: [
      { code: 'HS-2024-00012', title: 'Đề nghị khen thưởng năm 2024', unit: 'Xã Cẩm Quang', nominees: 2 },
    ],
    disclosures: [],
    ballots: [
      {
        name: 'Phạm Thị Đạt',
        unit: 'Xã Cẩm Quang',
        kindName: 'Chiến sĩ thi đua cơ sở',
        agree: 13,
        disagree: 2,
        invalid: 0,
        written: 2,
        membersTotal: 16,
        thresholdText: 'Từ 80%',
        ruleText: 'Bỏ phiếu kín: từ 80% tổng số thành viên Hội đồng đồng ý',
        ruleSource: 'Điều 30 khoản 7 Nghị định 98/2023/NĐ-CP',
        passed: true,
      },
      {
        name: 'Hoàng Văn Thiếu',
        unit: 'Xã Cẩm Quang',
        kindName: 'Chiến sĩ thi đua cơ sở',
        agree: 12,
        disagree: 3,
        invalid: 0,
        written: 0,
        membersTotal: 16,
        thresholdText: 'Từ 80%',
        ruleText: 'Bỏ phiếu kín: từ 80% tổng số thành viên Hội đồng đồng ý',
        ruleSource: 'Điều 30 khoản 7 Nghị định 98/2023/NĐ-CP',
        passed: false,
      },
    ],
    notVoted: [],
    conclusion: null,
    authorityLabel: 'Chủ tịch UBND huyện Cẩm Xuyên',
    draft: false,
    ...overrides,
  };
}

describe('Biên bản họp Hội đồng Thi đua - Khen thưởng', () => {
  it('writes time, place, chair, secretary, attendance, agenda, tallies, conclusion and signatures in order', async () => {
    const text = docxText(await renderMinutes(sample()));
    const inOrder = [
      'ỦY BAN NHÂN DÂN HUYỆN CẨM XUYÊN',
      'HỘI ĐỒNG\nTHI ĐUA - KHEN THƯỞNG',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Số:',
      '/BB-HĐTĐKT',
      'Cẩm Xuyên, ngày 20 tháng 12 năm 2024',
      'BIÊN BẢN',
      'Họp Hội đồng Thi đua - Khen thưởng huyện Cẩm Xuyên',
      'Thời gian: 14 giờ 00 phút, ngày 20 tháng 12 năm 2024.',
      'Địa điểm: Hội trường UBND huyện.',
      'Chủ trì: Nguyễn Văn Chủ, Chủ tịch UBND huyện.',
      'Thư ký: Lê Thị Thư, Chuyên viên Phòng Nội vụ.',
      'có mặt 13/16 thành viên, vắng mặt có ý kiến bằng văn bản 2, vắng mặt 1',
      'Vắng mặt, có ý kiến bằng văn bản',
      'Hồ sơ HS-2024-00012',
      'KẾT QUẢ BỎ PHIẾU',
      '13/16 = 81,25%',
      'Phạm Thị Đạt — Chiến sĩ thi đua cơ sở: đồng ý 13/16 thành viên = 81,25% (trong đó 2 phiếu bằng văn bản của thành viên vắng mặt)',
      'Điều 30 khoản 7 Nghị định 98/2023/NĐ-CP',
      'Hoàng Văn Thiếu — Chiến sĩ thi đua cơ sở: đồng ý 12/16 thành viên = 75%',
      'Kết quả: không đạt.',
      'KẾT LUẬN',
      'Hội đồng thống nhất đề nghị Chủ tịch UBND huyện Cẩm Xuyên xét, quyết định khen thưởng 1 trường hợp',
      'không đạt tỷ lệ phiếu theo quy định, không đề nghị: Hoàng Văn Thiếu (Chiến sĩ thi đua cơ sở)',
      'THƯ KÝ',
      'Lê Thị Thư',
      'CHỦ TRÌ',
      'Nguyễn Văn Chủ',
    ];
    let from = 0;
    for (const s of inOrder) {
      const at = text.indexOf(s, from);
      assert.ok(at >= 0, `missing or out of order: «${s}»`);
      from = at + s.length;
    }
    assert.doesNotMatch(text, /Dự thảo/);
    assert.equal(tallyText({ agree: 13, membersTotal: 16 }), 'đồng ý 13/16 thành viên = 81,25%');
  });

  it('marks an open meeting as a draft and keeps a written conclusion as typed', async () => {
    const text = docxText(
      await renderMinutes(
        sample({
          draft: true,
          ballots: [],
          notVoted: ['Phạm Thị Đạt (Chiến sĩ thi đua cơ sở)'],
          conclusion: 'Hội đồng thống nhất hoãn xét để bổ sung hồ sơ.\nGiao Phòng Nội vụ hướng dẫn đơn vị.',
        }),
      ),
    );
    assert.match(text, /Dự thảo — phiên họp chưa kết thúc/);
    assert.match(text, /Phiên họp không bỏ phiếu\./);
    assert.match(text, /Chưa bỏ phiếu tại phiên họp này: Phạm Thị Đạt \(Chiến sĩ thi đua cơ sở\)\./);
    assert.match(
      text,
      /Hội đồng thống nhất hoãn xét để bổ sung hồ sơ\.\nGiao Phòng Nội vụ hướng dẫn đơn vị\./,
    );
    assert.equal(minutesDocument(sample()).closing!.signers.length, 2);
  });

  it('opens in LibreOffice and renders the Vietnamese text in PDF', { skip: !findSoffice() }, async () => {
    const pdf = await docxToPdf(await renderMinutes(sample()));
    assert.ok(pdf && pdf.subarray(0, 5).toString() === '%PDF-');
    const text = await pdfText(pdf);
    if (text !== null) {
      assert.match(text, /BIÊN BẢN/);
      assert.match(text, /Phạm Thị Đạt/);
      assert.match(text, /81,25%/);
    }
  });
});
