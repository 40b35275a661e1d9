// The dev and test sets of real directives (corpus/gold/dev, corpus/gold/test):
// every gold file is well formed, its source is beside it, and each document sits in
// the split its recorded rule gives (corpus/gold/dev/README.md), so no file moves
// between dev and test unnoticed.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packagePath } from '../src/paths.js';

const SPLITS = ['dev', 'test'] as const;
const FORMS = ['letter', 'plan', 'table'];
const KINDS = ['date', 'month', 'quarter', 'half', 'year', 'recurring', 'relative', 'other'];
/** Added after the first 19 documents; they went to test form by form until it had 3. */
const LATER = ['laocai-kh-ubnd-ct11-2026', 'laocai-nq34-nq-tu-2025', 'laocai-kh-sct-dean08-2026', 'laocai-cv-ubnd-kt-damhong-2026', 'laocai-ctr104-ctr-tu-2026', 'laocai-kh134-kh-ubnd-2026'];
/** The second batch (other sources): its first three plans went to dev, which had only two; the rest by the hash rule. */
const BATCH2_PLANS = ['hanoi-kh-hongheo-2010', 'binhphuoc-qd-kttt-2006', 'bct-ct-xuatkhau-2010'];
const BATCH2 = [...BATCH2_PLANS, 'ttg-cd46-cd-ttg-2026', 'ttg-cd47-cd-ttg-2026', 'vpcp-tb365-tb-vpcp-2026', 'vpcp-tb-ketluan-nthiennhan-2010', 'ct-kinhdoanh-dieukien-2010', 'ct-thuocla', 'ct-thidua-2010', 'bts-tb-ketluan-tomgiong-2006', 'hcm-ct-vbqppl-2009', 'btp-ct-boithuong-2010', 'dongnai-ct-vienthong-2009', 'bct-ct-hoachat'];

/** Third batch (devset3), in the order added: its first commit by the hash rule; after it, to test while the form has fewer than 2 test documents in this batch, else by the hash rule. */
const BATCH3_FIRST = ['tct-cv4800-tct-ttr-2016', 'tct-cv1046-tct-ttkt-2020'];
const BATCH3_LATER = ['vpcp-tb330-tb-vpcp-2022', 'tct-tb08-tb-tct-2022', 'tct-cv4451-tct-ttkt-2022', 'tct-cv586-tct-ttkt-2023', 'tct-cv4489-tct-ttkt-2022', 'ttg-ct11-ct-ttg-2020', 'tct-cv4302-tct-ttr-2018', 'btc-qd2438-qd-btc-2022', 'ttg-cd119-cd-ttg-2024', 'bkhdt-cv1457-bkhdt-qlkttw-2019'];
const BATCH3 = [...BATCH3_FIRST, ...BATCH3_LATER];

/** Fourth batch (devset4, 2025 documents of other provinces and the Government from a new source): every document by the hash rule, fixed before the extractor ran on it. */
const BATCH4 = ['nghean-kh980-kh-ubnd-2025', 'dongthap-kh617-kh-ubnd-2025', 'ttg-qd2597-qd-ttg-2025', 'hcm-qd2820-qd-ubnd-2025', 'hcm-kh172-kh-ubnd-2025', 'hanoi-kh308-kh-ubnd-2025', 'daklak-kh0130-kh-ubnd-2025', 'cantho-kh159-kh-ubnd-2025', 'ttg-cd217-cd-ttg-2025', 'ttg-cd228-cd-ttg-2025', 'vpcp-tb636-tb-vpcp-2025', 'quangtri-ct06-ct-ubnd-2025', 'hanoi-kh310-kh-ubnd-2025', 'bacninh-kh141-kh-ubnd-2025', 'hatinh-kh624-kh-ubnd-2025', 'vpcp-cv11414-vpcp-cn-2025', 'vpcp-cv11654-vpcp-cn-2025', 'bnv-cv10988-bnv-cqdp-2025', 'bnv-cv10989-bnv-tcbc-2025'];

/** Fifth batch (plans3, plans of other provinces and bodies from a new source and the fourth batch's): every document by the hash rule, fixed and committed before the extractor ran on it. */
const BATCH5 = ['sonla-qd254-qd-ubnd-2023', 'bcdqg1237-kh252-kh-bcdqg1237-2013', 'nghean-kh1026-kh-ubnd-2025', 'nghean-kh987-kh-ubnd-2025', 'cantho-kh165-kh-ubnd-2025', 'dongthap-kh597-kh-ubnd-2025', 'cantho-kh160-kh-ubnd-2025', 'daklak-kh0124-kh-ubnd-2025', 'hcm-kh174-kh-ubnd-2025'];
/** Plans round 4 (plans4, issue 9: plans and decisions issuing plans of a province not yet in the set, a ministry and the Prime Minister): every document by the hash rule, fixed and committed with its gold before the extractor ran on it. */
const PLANS4 = ['laichau-kh7360-kh-ubnd-2025', 'ttg-qd2623-qd-ttg-2025', 'bvhttdl-qd4385-qd-bvhttdl-2025', 'hcm-qd2853-qd-ubnd-2025', 'daklak-kh0129-kh-ubnd-2025'];
/** Letters round (letters3, issue 9: letters of ministries, the Government Office and the Prime Minister from three new sources): every document by the hash rule, fixed and committed before the extractor ran on it. */
const LETTERS3 = ['vpcp-cv8424-vpcp-ktth-2014', 'ldtbxh-cv5115-ldtbxh-khtc-2018', 'byt-cv627-byt-bh-2021', 'bhxh-cv296-bhxh-csyt-2021', 'byt-cv384-byt-kcb-2014', 'byt-cv6087-byt-kcb-2013', 'ldtbxh-cv2864-ldtbxh-ncc-2015', 'vpcp-cv3354-vpcp-kgvx-2013', 'vpcp-cv8794-vpcp-kgvx-2013', 'bxd-cv2214-bxd-qln-2013', 'vpcp-cv2739-vpcp-dmdn-2019', 'bkhdt-cv3397-bkhdt-qlkttw-2019', 'ttg-ct21-ct-ttg-2026', 'ldtbxh-cv1040-ldtbxh-ncc-2012', 'tct-cv1414-tct-cs-2013', 'bxd-cv2428-bxd-qln-2013', 'ldtbxh-cv284-ldtbxh-ncc-2011', 'ldtbxh-cv895-ldtbxh-ncc-2013', 'ldtbxh-cv1921-ldtbxh-ncc-2013'];
// The fourth letters round (branch letters4): 14 letters of tai_lieu_noi_bo not used before, split by the hash rule.
const LETTERS4 = ['hcm-cv4240-ubnd-vx-2025', 'hcm-cv4085-ubnd-dt-2025', 'btc-cv17986-btc-ct-2025', 'bnv-cv11208-bnv-khtc-2025', 'daklak-ct012-ct-ubnd-2025', 'hanoi-cv5095-sgddt-cttthssv-2025', 'ct-tb983-tb-ct-2025', 'bxd-cd96-cd-bxd-2025', 'vpcp-cv11298-vpcp-ktth-2025', 'vpcp-cv11299-vpcp-kgvx-2025', 'vpcp-cv11306-vpcp-nn-2025', 'vpcp-tb641-tb-vpcp-2025', 'ttg-cd223-cd-ttg-2025', 'ct-cv5332-ct-cs-2025'];
// plans6 (issue 9): plans and a decision issuing a plan from tai_lieu_noi_bo, gold written before the extractor ran on them, split by the hash rule.
const PLANS6 = ['quangngai-qd1627-qd-ubnd-2025', 'nghean-kh982-kh-ubnd-2025', 'daklak-kh0125-kh-ubnd-2025', 'cantho-kh153-kh-ubnd-2025', 'dongnai-kh182-kh-ubnd-2025'];
// chithi5 (issue 9): data-set conclusions and directives written one sentence a line, split by the hash rule.
const CHITHI5 = ['vpcp-tb-ketluan-hanghai-2006', 'bgtvt-tb-ketluan-tongket-2010'];
// header7 (issue 9): documents of tai_lieu_noi_bo whose header output was read while tuning the header rules: dev, whatever the hash rule says.
const HEADER7 = ['vpcp-tb653-tb-vpcp-2025'];
// header8 (issue 9): decisions and a resolution of Hà Nội from a new source (hoangmd2410/RAG_DEMO), varied letter-head layouts, split by the hash rule.
const HEADER8 = ['hanoi-qd67-qd-ubnd-2024', 'hanoi-qd68-qd-ubnd-2024', 'hanoi-qd69-qd-ubnd-2024', 'hanoi-qd33-qd-ubnd-2025', 'hanoi-qd05-qd-ubnd-2025', 'hanoi-qd09-qd-ubnd-2025', 'hanoi-qd07-qd-ubnd-2025', 'hanoi-qd32-qd-ubnd-2025', 'hanoi-qd04-qd-ubnd-2025', 'hanoi-nq12-nq-hdnd-2025'];
/** header8 documents whose extractor output was read while tuning the header rules: dev, whatever the hash rule says. */
const HEADER8_TUNED = ['hanoi-qd71-qd-ubnd-2024'];
// The sixth letters round (branch letters6): 9 letters, công điện and thông báo of tai_lieu_noi_bo not used before, split by the hash rule.
const LETTERS6 = ['bvhttdl-cv6316-bvhttdl-vp-2025', 'ttg-cd224-cd-ttg-2025', 'bcd-cv171-cv-bcd-2025', 'bvhttdl-cv6278-bvhttdl-vp-2025', 'vpcp-cv11583-vpcp-cn-2025', 'bnnmt-cv9476-bnnmt-cnty-2025', 'ttg-cd234-cd-ttg-2025', 'vpcp-tb659-tb-vpcp-2025', 'vpcp-tb648-tb-vpcp-2025'];
// tasks7 (issue 9): a directive, a letter and a decision of TuanHuu168/CongBot and four Government resolutions and a Prime Minister's decision of hrmaster1982-dev/phapluat-8chude-data not used before, gold written before the extractor ran on them, split by the hash rule.
const TASKS7 = ['ttg-ct31-ct-ttg-2012', 'ttg-cv2403-ttg-kgvx-2009', 'tuyenquang-qd986-qd-ubnd-2024', 'cp-nq113-nq-cp-2026', 'cp-nq126-nq-cp-2026', 'cp-nq141-nq-cp-2026', 'cp-nq15-nq-cp-2026', 'ttg-qd798-qd-ttg-2026'];

// docs11 (issue 9, after the re-split): a decision with a task list of TuanHuu168/CongBot and letters, telegrams and conclusions of tnt305/tai_lieu_noi_bo not used before, gold written and committed before the extractor ran on them, split by the hash rule.
const DOCS11 = ['quangngai-qd1351-qd-ubnd-2022', 'vpcp-cv11520-vpcp-cn-2025', 'vpcp-tb631-tb-vpcp-2025', 'ttg-cd226-cd-ttg-2025', 'vpcp-tb637-tb-vpcp-2025', 'vpcp-cv11554-vpcp-vi-2025', 'ttg-cd229-cd-ttg-2025', 'ttg-cd231-cd-ttg-2025'];

// docs12 (issue 9, after the re-split): plans and a decision of commune and ward Fatherland Front committees and an election sub-committee (LaHieu11/baucu-luongminh, a new source), gold written and committed before the extractor ran on them, split by the hash rule.
const DOCS12 = ['luongminh-kh-tiepcongdan-2025', 'luongminh-kh-kiemtra-2025', 'luongminh-kh-hiepthuong2-2026', 'luongminh-qd-totiepcongdan-2026', 'luongminh-kh-layykien-2026', 'phobang-kh01-kh-tbttkt-2025', 'baccamranh-kh-kiemtra-2025', 'luongminh-kh16-kh-mttq-2025'];

// docs13 (issue 9, after the re-split): telegrams, letters and conclusions of tnt305/tai_lieu_noi_bo not used before (a Party Central
// Office conclusion among them) and a ministry's conclusions of NguyenQuocBao97/multiclass-text-classification, gold written and committed
// before the extractor ran on them, split by the hash rule.
const DOCS13 = ['ttg-cd227-cd-ttg-2025', 'ttg-cd230-cd-ttg-2025', 'ttg-cd232-cd-ttg-2025', 'vptw-tb432-tb-vptw-2025', 'hcm-cv4001-ubnd-dt-2025', 'bvhttdl-cv6225-bvhttdl-vp-2025', 'bcd-cv174-cv-bcd-2025', 'btp-tb-ketluan-tuphap-2010'];

// docs15 (issue 9): directives of sources new to the set (Hà Nội's published PDFs and a Government Office letter kept by nrl-ai/nom-vn, a
// province's disaster-prevention notice kept by pqnhat89/PhongChongThienTai), gold written and committed before the extractor ran on them, split by the hash rule.
const DOCS15 = ['hanoi-kh173-kh-ubnd-2026', 'hanoi-tb453-tb-ubnd-2026', 'hue-tb254-tb-pctt-2022', 'vpcp-cv3722-vpcp-cn-2026', 'cp-nq115-nq-cp-2026', 'hanoi-qd2280-qd-ubnd-2026'];

// docs16 (issue 9): signed PDFs of the Government Office, the Prime Minister, the Ministry of Home Affairs and Lâm Đồng's bodies and a
// scanned plan of the central drug-control working group, kept by vpubnd49/VBAI (a source new to the set), gold written and committed before the extractor ran on them, split by the hash rule.
const DOCS16 = ['vpcp-cd2003-cd-vpcp-2025', 'vpcp-cd63-cd-vpcp-2026', 'bnv-cv8151-bnv-cchc-2025', 'lamdong-cv1468-stp-bttp-2025', 'lamdong-qd2536-qd-ubnd-2025', 'ttg-qd2319-qd-ttg-2025', 'lamdong-cv2775-snv-cchcvtlt-2025', 'bnv-cv5816-bnv-cchc-2025', 'bca-kh996-kh-tctlntw-2026'];
// docs17 (issue 9): signed PDFs (and one scan we transcribed) that two school repositories kept as incoming mail: the Ministry of
// Education, the education departments of Đồng Tháp and Hồ Chí Minh City, a centre and a school.
const DOCS17 = ['bgddt-cv1849-bgddt-gdpt-2026', 'dongthap-kh58-kh-thptcl2-2026', 'hcm-kh90-khlt-sgddt-tcgd-2025', 'dongthap-kh362-kh-sgddt-2026', 'hcm-cv4728-sgddt-hssv-2025', 'hcm-kh4644-kh-sgddt-2025', 'hcm-cv79-tttt-ctgd-2025'];
// docs18 (issue 9): a Prime Minister's letter kept by a RAG demo (hwolp/RAG_TongHopVBHC), a Prime Minister's decision and plan with
// appendix tables kept as OCR text by a course project (dotrongbinhf/K4-L3B-RAG-Pipeline), and Quảng Ngãi's directives and decisions
// kept as scans by an OCR tool (QuangDuyxyz/OCR_LOCAL_VBHC, new to issue 9), transcribed by us; split by the hash rule.
const DOCS18 = ['ttg-cv464-ttg-cds-2026', 'ttg-qd382-qd-ttg-2025', 'quangngai-ct04-ct-ubnd-2024', 'quangngai-qd84-qd-ubnd-2025', 'quangngai-qd51-qd-ubnd-2025', 'quangngai-ct16-ct-ubnd-2021', 'quangngai-qd88-qd-ubnd-2025'];
const DOCS19 = ['danang-cv249-mttq-btt-2026', 'lamdong-cv963-snv-cchcvtlt-2025', 'btp-cv935-vp-tckt-2019', 'bnv-cv11902-bnv-tcpcp-2025', 'bnv-cv8977-bnv-tcpcp-2025', 'bca-cv2388-c04-p6-2026', 'lamdong-cv1413-cat-pc04-2026', 'ct-cv2191-ct-cs-2026'];
const DOCS20 = ['haiduong-kh1914-kh-ubnd-2023', 'haiduong-kh395-kh-stttt-2022', 'haiduong-kh-stttt-hatangso-2022', 'ttcs-cv638-ttcs-ttth-2023', 'btttt-cv2919-btttt-tbdcb-2023', 'haiduong-cv1581-stp-vp-2023', 'cdsqg-cv934-cdsqg-dvs-2023', 'haiduong-cv901-skhcn-khtc-2023', 'haiduong-tb-stttt-tocongtac-2023'];
const DOCS21 = ['hanoi-tb229-tb-vp-2026', 'hanoi-tb632-tb-ubnd-2026', 'hanoi-qd1878-qd-ubnd-2026', 'hoakhanh-kl01-kl-cbht1-2026', 'hanoi-cv8058-snnmt-qhkhsdd-2026', 'btnmt-cv-btnmt-ddbdvn-2023'];
// docs22 (issue 9): a Government resolution with its action programme and a Party committee office's letter (thetrungdtt/VNMasterplan),
// Huế's plan, decision and resolution saved by two forks of a RAG course (quycute2003/..., Gaohonggg/K4-L3B-RAG-Pipeline), a ministry's guidance
// letter kept by a teacher's assistant (lamnguyenx/teacher2); gold written and committed before the extractor ran, split by the hash rule.
const DOCS22 = ['cp-nq03-nq-cp-2025', 'vpducp-cv402-cv-vpdu-2025', 'hue-kh188-kh-ubnd-2026', 'hue-qd1431-qd-ubnd-2026', 'bgddt-cv2345-bgddt-gdth-2021', 'hue-nq02-nq-hdnd-2026'];
// docs23 (issue 9): a Vũng Tàu ward portal's PDFs (a ward's letter and plan, the city's plan, the province's decision; yenduy0309/ttdtxaphuong),
// an army rescue department's telegram quoted on a site (doduy1911/TKCN_UI), six letters of Kiên Giang's Department of Health scanned into a
// student's document manager (nmhoangclb/quanlycongvanKGU); gold written and committed before the extractor ran, split by the hash rule.
const DOCS23 = ['vungtau-cv397-ubnd-tp-2025', 'vungtau-kh447-kh-ubnd-2025', 'vungtau-kh2144-kh-ubnd-2025', 'bariavungtau-qd546-qd-ubnd-2025', 'bttm-cd37-tk-2018', 'kiengiang-cv05-syt-nvy-2018', 'kiengiang-cv2014-syt-nvy-2017', 'kiengiang-cv2082-syt-nvy-2017', 'kiengiang-cv2307-syt-nvy-2017', 'kiengiang-cv1943-syt-nvy-2017', 'kiengiang-cv2275-syt-nvy-2017'];
// docs24 (issue 9): plans, a task table, a directive and a conclusion of provinces and the Government Office not yet taken from the data set of
// tnt305/tai_lieu_noi_bo (no new repository was found); gold written and committed before the extractor ran, split by the hash rule.
const DOCS24 = ['thanhhoa-kh235-kh-ubnd-2025', 'vpcp-tb623-tb-vpcp-2025', 'dongthap-kh552-kh-ubnd-2025', 'cantho-kh157-kh-ubnd-2025', 'daklak-ct010-ct-ubnd-2025', 'daklak-kh0134-kh-ubnd-2025'];

// docs27 (issue 9): letters of Kiên Giang's Department of Health scanned into a second student document manager (nmhoangclb/quanlycongvanLaravel),
// a Bình Dương directive and a Phú Thọ department's plan attached in a district document-management demo (hpbaotho/04-quanly-vanban-quanhuyen),
// a trade union's letter and a university's notices kept by a students' app (tuanhud/quanlycongvan2013); gold written and committed before the
// extractor ran, split by the hash rule.
const DOCS27 = ['kiengiang-cv02-syt-gavi-2018', 'kiengiang-cv01-syt-nvd-2018', 'kiengiang-tb2276-tb-syt-2017', 'kiengiang-cv2264-syt-nvy-2017', 'kiengiang-cv2231-syt-tccb-2017', 'kiengiang-cv29-syt-khtc-2018', 'binhduong-ct09-ct-ubnd-2009', 'phutho-kh-stttt-qlvb-2011', 'cdgd-cv172-cdn-tgnc-2013', 'uit-tb01-tb-bgh-2013', 'uit-tb03-tb-dtdh-2014'];

// docs29 (issue 9): notices of two universities' training and testing offices kept by a students' app (xuantran327/QuanLyCongVan), a
// private university's notice to its faculties (nhuthanh2212/QuanLyVanBan), a city's letter and a university's notices kept by another
// (HuynhPPP/QLVB_WEB); gold written and committed before the extractor ran, split by the hash rule.
// docs34 (issue 9): plans of provinces and a ministry from a thuvienphapluat crawl new to the set, split by the hash rule.
const DOCS34 = ['bariavungtau-kh111-kh-ubnd-2023', 'laichau-kh2268-kh-ubnd-2023', 'tuyenquang-kh137-kh-ubnd-2023', 'bvhttdl-kh2438-kh-bvhttdl-2023', 'binhthuan-kh2198-kh-ubnd-2023', 'dongthap-kh228-kh-ubnd-2023', 'daknong-kh384-kh-ubnd-2023'];
const DOCS30 = ['danang-cv1906-sgddt-ctrtt-2020', 'huit-kh753-kh-dct-2026'];
const DOCS29 = ['vku-tb277-tb-dt-2022', 'vku-tb106-tb-dt-2022', 'vku-tb04-tb-ktdbcl-2022', 'duytan-tb363-tb-dhdt-2008', 'cantho-cv4427-ubnd-nc-2023', 'ctuet-tb873-tb-dhktcn-2023', 'ctuet-tb635-tb-dhktcn-2023'];

// The re-split of 2026-12-06 (corpus/gold/dev/README.md): every document then in test whose salted hash is even moved
// to dev; the rules below give the split a document had before, this list the move.
const RESPLIT = ['bct-ct-hoachat', 'bkhdt-cv3397-bkhdt-qlkttw-2019', 'bnv-cv10989-bnv-tcbc-2025', 'bxd-cv2428-bxd-qln-2013', 'ct-cv5332-ct-cs-2025', 'ct-thidua-2010', 'hcm-ct-vbqppl-2009', 'laocai-vb-giao-phoi-hop-2026', 'ldtbxh-cv284-ldtbxh-ncc-2011', 'ldtbxh-cv2864-ldtbxh-ncc-2015', 'ttg-cd119-cd-ttg-2024', 'ttg-cd47-cd-ttg-2026', 'ttg-ct21-ct-ttg-2026', 'ttg-cv2403-ttg-kgvx-2009', 'vpcp-cv11299-vpcp-kgvx-2025', 'vpcp-cv3354-vpcp-kgvx-2013', 'vpcp-cv3479-vpcp-nn-2021', 'vpcp-cv648-vpcp-nn-2022', 'vpcp-cv8794-vpcp-kgvx-2013', 'btc-qd2438-qd-btc-2022', 'cantho-kh153-kh-ubnd-2025', 'cp-nq113-nq-cp-2026', 'daklak-kh0129-kh-ubnd-2025', 'dongthap-kh597-kh-ubnd-2025', 'hanoi-kh308-kh-ubnd-2025', 'hatinh-kh624-kh-ubnd-2025', 'laocai-kh1105-kh-dkt-2026', 'ttg-qd798-qd-ttg-2026', 'ttg-qd2597-qd-ttg-2025'];
const resplitHash = (id: string) => Number.parseInt(createHash('sha1').update(`resplit-2026-12-06:${id}`).digest('hex').slice(0, 8), 16) % 2 === 0;

interface Deadline { kind: string; due: string | null; text: string; all?: Deadline[] }
interface Gold {
  source: string;
  form: string;
  origin: { repo: string; path: string; commit: string };
  document: Record<string, unknown>;
  references: { number: string; date: string | null }[];
  tasks: { id: string; lead: string[]; coordinate: string[]; action: string; deadline: Deadline | null }[];
}

const docs = SPLITS.flatMap((split) => {
  const dir = packagePath('corpus', 'gold', split);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .map((f) => ({ split, id: f.slice(0, -'.gold.json'.length), file: join(dir, f), gold: JSON.parse(readFileSync(join(dir, f), 'utf8')) as Gold }))
    .map((d) => ({ ...d, split: RESPLIT.includes(d.id) && d.split === 'dev' ? ('test' as const) : d.split, now: d.split }));
});
const sha = (id: string) => createHash('sha1').update(id).digest('hex');
const isoOrNull = (d: unknown) => d === null || (typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d));

describe('dev and test sets', () => {
  it('holds at least 15 dev and 10 test documents, 3 of each form in test', () => {
    const count = (split: string, form?: string) => docs.filter((d) => d.now === split && (!form || d.gold.form === form)).length;
    expect(count('dev')).toBeGreaterThanOrEqual(15);
    expect(count('test')).toBeGreaterThanOrEqual(10);
    for (const form of FORMS) expect(count('test', form), form).toBeGreaterThanOrEqual(3);
  });

  it.each(docs.map((d) => [d.id, d] as const))('%s is well formed and beside its source', (_, d) => {
    const g = d.gold;
    expect(FORMS).toContain(g.form);
    expect(g.origin.repo).toMatch(/^[\w.-]+\/[\w.-]+$/);
    expect(g.origin.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(dirname(packagePath(g.source))).toBe(dirname(d.file));
    expect(g.source).toMatch(new RegExp(`/${d.id}\\.(txt|pdf)$`));
    expect(existsSync(packagePath(g.source))).toBe(true);
    for (const k of ['number', 'type', 'issuer', 'place', 'date', 'subject', 'recipients', 'signer']) expect(g.document).toHaveProperty(k);
    expect(isoOrNull(g.document.date)).toBe(true);
    for (const r of g.references) expect(isoOrNull(r.date), r.number).toBe(true);
    const ids = g.tasks.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of g.tasks) {
      expect(t.id).toMatch(/^\d+(\.\d+)*$/);
      expect(t.action.length).toBeGreaterThan(0);
      for (const dl of t.deadline ? [t.deadline, ...(t.deadline.all ?? [])] : []) {
        expect(KINDS, t.id).toContain(dl.kind);
        expect(isoOrNull(dl.due), t.id).toBe(true);
      }
    }
  });

  it('puts each document in the split its rule gives', () => {
    const byHash = (d: (typeof docs)[number]) => (Number.parseInt(sha(d.id).slice(0, 8), 16) % 5 < 2 ? 'test' : 'dev');
    const first = docs.filter((d) => !LATER.includes(d.id) && !BATCH2.includes(d.id) && !BATCH3_LATER.includes(d.id) && !BATCH4.includes(d.id) && !BATCH5.includes(d.id) && !PLANS4.includes(d.id) && !PLANS6.includes(d.id) && !HEADER7.includes(d.id) && !HEADER8.includes(d.id) && !HEADER8_TUNED.includes(d.id) && !TASKS7.includes(d.id) && !DOCS12.includes(d.id) && !DOCS13.includes(d.id) && !DOCS15.includes(d.id) && !DOCS16.includes(d.id) && !DOCS17.includes(d.id) && !DOCS18.includes(d.id) && !DOCS19.includes(d.id) && !DOCS20.includes(d.id) && !DOCS21.includes(d.id) && !DOCS22.includes(d.id) && !DOCS23.includes(d.id) && !DOCS24.includes(d.id) && !DOCS27.includes(d.id) && !DOCS29.includes(d.id) && !DOCS30.includes(d.id) && !DOCS34.includes(d.id));
    for (const d of first) expect(d.split, d.id).toBe(byHash(d));
    for (const d of docs.filter((x) => BATCH2.includes(x.id))) expect(d.split, d.id).toBe(BATCH2_PLANS.includes(d.id) ? 'dev' : byHash(d));
    expect(docs.filter((d) => BATCH2.includes(d.id))).toHaveLength(BATCH2.length);
    const inTest = (form: string) => first.filter((d) => d.split === 'test' && d.gold.form === form).length;
    const taken: Record<string, number> = {};
    for (const d of docs.filter((x) => LATER.includes(x.id)).sort((a, b) => sha(a.id).localeCompare(sha(b.id)))) {
      const n = inTest(d.gold.form) + (taken[d.gold.form] ?? 0);
      const want = n < 3 ? 'test' : 'dev';
      if (want === 'test') taken[d.gold.form] = (taken[d.gold.form] ?? 0) + 1;
      expect(d.split, d.id).toBe(want);
    }
    expect(docs.filter((d) => LATER.includes(d.id))).toHaveLength(LATER.length);
  });

  it('puts the third batch in the split its rule gives', () => {
    const byHash = (id: string) => (Number.parseInt(sha(id).slice(0, 8), 16) % 5 < 2 ? 'test' : 'dev');
    const split = (id: string) => docs.find((d) => d.id === id);
    expect(BATCH3.filter((id) => !split(id))).toEqual([]);
    const inTest: Record<string, number> = {};
    for (const id of BATCH3) {
      const d = split(id)!;
      const n = inTest[d.gold.form] ?? 0;
      const want = BATCH3_FIRST.includes(id) ? byHash(id) : n < 2 ? 'test' : byHash(id);
      if (want === 'test') inTest[d.gold.form] = n + 1;
      expect(d.split, id).toBe(want);
    }
  });

  // Each later round: the split its rule gives ('hash', or 'dev' for documents whose output was read while tuning), and
  // what its documents must all be (form, source repository, a pinned commit).
  const ROUNDS: { name: string; ids: string[]; split: 'hash' | 'dev'; form?: string; repos?: string[]; commit?: boolean; after?: boolean }[] = [
    { name: 'the fourth batch', ids: BATCH4, split: 'hash' },
    { name: 'the fifth batch (plans)', ids: BATCH5, split: 'hash', form: 'plan' },
    { name: 'the fourth plans round', ids: PLANS4, split: 'hash', commit: true },
    { name: 'the letters round', ids: LETTERS3, split: 'hash' },
    { name: 'the fourth letters round', ids: LETTERS4, split: 'hash', form: 'letter' },
    { name: 'plans6', ids: PLANS6, split: 'hash', form: 'plan', repos: ['tnt305/tai_lieu_noi_bo'] },
    { name: 'header7 (tuned on)', ids: HEADER7, split: 'dev', repos: ['tnt305/tai_lieu_noi_bo'] },
    { name: 'chithi5', ids: CHITHI5, split: 'hash', form: 'letter', repos: ['NguyenQuocBao97/multiclass-text-classification'] },
    { name: 'the sixth letters round', ids: LETTERS6, split: 'hash', form: 'letter' },
    { name: 'header8', ids: HEADER8, split: 'hash', repos: ['hoangmd2410/RAG_DEMO'] },
    { name: 'header8 (tuned on)', ids: HEADER8_TUNED, split: 'dev', repos: ['hoangmd2410/RAG_DEMO'] },
    { name: 'tasks7', ids: TASKS7, split: 'hash', repos: ['TuanHuu168/CongBot', 'hrmaster1982-dev/phapluat-8chude-data'] },
    { name: 'docs11', ids: DOCS11, split: 'hash', repos: ['TuanHuu168/CongBot', 'tnt305/tai_lieu_noi_bo'], commit: true, after: true },
    { name: 'docs12', ids: DOCS12, split: 'hash', repos: ['LaHieu11/baucu-luongminh'], commit: true, after: true },
    { name: 'docs13', ids: DOCS13, split: 'hash', form: 'letter', repos: ['tnt305/tai_lieu_noi_bo', 'NguyenQuocBao97/multiclass-text-classification'], commit: true, after: true },
    { name: 'docs15', ids: DOCS15, split: 'hash', repos: ['nrl-ai/nom-vn', 'pqnhat89/PhongChongThienTai'], commit: true, after: true },
    { name: 'docs16', ids: DOCS16, split: 'hash', repos: ['vpubnd49/VBAI'], commit: true, after: true },
    { name: 'docs17', ids: DOCS17, split: 'hash', repos: ['nmtric3docbinhkieu/windsurf-vanban-bot', 'aerovfx/thptphuocbuu'], commit: true, after: true },
    { name: 'docs18', ids: DOCS18, split: 'hash', repos: ['hwolp/RAG_TongHopVBHC', 'dotrongbinhf/K4-L3B-RAG-Pipeline', 'QuangDuyxyz/OCR_LOCAL_VBHC'], commit: true, after: true },
    { name: 'docs19', ids: DOCS19, split: 'hash', form: 'letter', repos: ['uybanmattranthanhkhe-glitch/mohinhdanvankheo', 'giatuan1998vn/qlvbbotuphap', 'hwolp/RAG_TongHopVBHC', 'vpubnd49/VBAI'], commit: true, after: true },
    { name: 'docs20', ids: DOCS20, split: 'hash', repos: ['anpham293/qlcv_so4t'], commit: true, after: true },
    { name: 'docs21', ids: DOCS21, split: 'hash', repos: ['phuongtuongmai/phuongtuongmai.github.io', 'Peel08/chatbot-cong-doan-hoa-khanh', 'caochihai/caochihai-pro_vip_123_-3_meoconhuhong_lamdomdangai'], commit: true, after: true },
    { name: 'docs22', ids: DOCS22, split: 'hash', repos: ['thetrungdtt/VNMasterplan', 'quycute2003/K4-L3B-RAG-Pipeline', 'Gaohonggg/K4-L3B-RAG-Pipeline', 'lamnguyenx/teacher2'], commit: true, after: true },
    { name: 'docs23', ids: DOCS23, split: 'hash', repos: ['yenduy0309/ttdtxaphuong', 'doduy1911/TKCN_UI', 'nmhoangclb/quanlycongvanKGU'], commit: true, after: true },
    { name: 'docs24', ids: DOCS24, split: 'hash', repos: ['tnt305/tai_lieu_noi_bo'], commit: true, after: true },
    { name: 'docs27', ids: DOCS27, split: 'hash', repos: ['nmhoangclb/quanlycongvanLaravel', 'hpbaotho/04-quanly-vanban-quanhuyen', 'tuanhud/quanlycongvan2013'], commit: true, after: true },
    { name: 'docs29', ids: DOCS29, split: 'hash', form: 'letter', repos: ['xuantran327/QuanLyCongVan', 'nhuthanh2212/QuanLyVanBan', 'HuynhPPP/QLVB_WEB'], commit: true, after: true },
    { name: 'docs30', ids: DOCS30, split: 'hash', repos: ['ailabteam/VietAdmin-OCR-LLM-RAG', 'dangthanhthi/Du_An_Luu_Tru_CongVan'], commit: true, after: true },
    { name: 'docs34', ids: DOCS34, split: 'hash', form: 'plan', repos: ['phamtungthuy/crawl_thu_vien_phap_luat'], commit: true, after: true },
  ];
  it('moved by the re-split of 2026-12-06 exactly the test documents of an even salted hash', () => {
    const byId = new Map(docs.map((d) => [d.id, d]));
    for (const id of RESPLIT) {
      expect(byId.get(id)?.now, id).toBe('dev');
      expect(resplitHash(id), id).toBe(true);
    }
    // Rounds added after the re-split (marked `after` in ROUNDS) go by their own rule alone.
    const later = new Set(ROUNDS.filter((r) => r.after).flatMap((r) => r.ids));
    expect(docs.filter((d) => d.now === 'test' && !later.has(d.id) && resplitHash(d.id)).map((d) => d.id)).toEqual([]);
  });

  it.each(ROUNDS)('puts $name in the split its rule gives', ({ ids, split, form, repos, commit }) => {
    const byHash = (id: string) => (Number.parseInt(sha(id).slice(0, 8), 16) % 5 < 2 ? 'test' : 'dev');
    for (const id of ids) {
      const d = docs.find((x) => x.id === id);
      expect(d?.split, id).toBe(split === 'hash' ? byHash(id) : 'dev');
      if (form) expect(d?.gold.form, id).toBe(form);
      if (repos) expect(repos, id).toContain(d?.gold.origin?.repo);
      if (commit) expect(d?.gold.origin.commit, id).toMatch(/^[0-9a-f]{40}$/);
    }
  });
});
