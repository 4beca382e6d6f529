/**
 * Vietnamese, written for a Vietnamese teacher and class: the terms of the country's own
 * diplomacy (ngoại giao cây tre, đối tác chiến lược toàn diện, Biển Đông), names as Vietnamese
 * write them (Hà Nội, Bắc Kinh, Washington, Tokyo). Same shape as en.ts; a key left out falls
 * back to English and `bamboo i18n` reports it.
 */
import type { Translation } from './catalog';
import type { EN, GuideNumbers } from './en';

/** A turn's name inside a sentence: "cuối tháng 9 năm 2023", where alone it is "Tháng 9 năm 2023". */
const inSentence = (label: string) => label.charAt(0).toLocaleLowerCase('vi-VN') + label.slice(1);

/** "một nửa", "một phần ba", or a percentage: how much of a stock melts. */
function shareWordVi(share: number): string {
  if (share === 0.5) return 'một nửa';
  if (Math.abs(share - 1 / 3) < 0.01) return 'một phần ba';
  if (share === 0.25) return 'một phần tư';
  if (share === 1) return 'toàn bộ';
  return `${Math.round(share * 100)}%`;
}

export const VI: Translation<typeof EN> = {
  loading: 'Đang tải…',
  mapCaption: 'Đông Nam Á, Biển Đông và các cường quốc xung quanh, tháng 1 năm 2023',
  mapCredit:
    'Bản đồ: Natural Earth (phạm vi công cộng). Đường biên và địa danh không hàm ý công nhận.',
  legendTitle: 'Chú giải',
  legend: {
    vietnam: 'Việt Nam (bạn)',
    china: 'Trung Quốc',
    japan: 'Nhật Bản',
    usAlly: 'Đồng minh của Mỹ',
    asean: 'Láng giềng ASEAN',
    other: 'Khác',
    disputed: 'Quần đảo tranh chấp',
  },
  marks: {
    kinds: {
      'coast-guard': 'Tàu hải cảnh',
      'survey-ship': 'Tàu khảo sát',
      warship: 'Tàu chiến',
      'fishing-boat': 'Tàu cá',
      visit: 'Chuyến thăm',
      incident: 'Va chạm trên biển',
      news: 'Tin tức',
    },
    now: (unit: string) => `${unit} này`,
    ago: (n: number, unit: string) => (n === 1 ? `${unit} trước` : `${n} ${unit} trước`),
    heading: 'Trên bản đồ',
    count: (n: number, unit: string) => `×${n}: ${n} tin tức ở nơi này trong ${unit} này`,
    capital: (name: string) =>
      `★ ${name}: thủ đô của một nước (ngôi sao đánh dấu thủ đô; chấm tròn là thành phố khác)`,
    starred: '★ ngôi sao bên dưới đánh dấu thủ đô của một nước',
  },
  countries: {
    VNM: 'Việt Nam',
    CHN: 'Trung Quốc',
    JPN: 'Nhật Bản',
    PHL: 'Philippines',
    KOR: 'Hàn Quốc',
    PRK: 'Triều Tiên',
    LAO: 'Lào',
    KHM: 'Campuchia',
    THA: 'Thái Lan',
    MMR: 'Myanmar',
    MYS: 'Malaysia',
    IDN: 'Indonesia',
    TWN: 'Đài Loan',
  },
  seas: {
    eastSea: 'Biển Đông',
    gulfThailand: 'Vịnh\nThái Lan',
    philippineSea: 'Biển Philippines',
    eastChinaSea: 'Biển Hoa Đông',
    pacific: 'Thái Bình Dương',
  },
  places: {
    hanoi: 'Hà Nội',
    beijing: 'Bắc Kinh',
    tokyo: 'Tokyo',
    manila: 'Manila',
    washington: 'Washington',
    danang: 'Đà Nẵng',
    haiphong: 'Hải Phòng',
    hochiminh: 'TP Hồ Chí Minh',
    laocai: 'Lào Cai',
    kunming: 'Côn Minh',
    paracels: 'Hoàng Sa',
    spratlys: 'Trường Sa',
    vanguard: 'Bãi Tư Chính',
    'second-thomas': 'Bãi Cỏ Mây',
    scarborough: 'Bãi cạn Scarborough',
  },
  disputedSuffix: '(tranh chấp)',
  offMapWashington: 'Washington',
  offMapDirection: 'cách 13.000 km về phía đông',
  units: {
    word: { month: 'tháng', fortnight: 'nửa tháng', week: 'tuần' },
    title: { month: 'Tháng', fortnight: 'Nửa tháng', week: 'Tuần' },
  },
  explain: {
    movers: {
      top: 'Thay đổi nhiều nhất, và vì sao',
      rest: (unit: string) => `Mọi thay đổi khác trong ${unit} này, và vì sao`,
      other: (count: number) => `${count} nguyên nhân nhỏ hơn cộng lại`,
    },
    lean: {
      decisions: (unit: string) => `Các quyết định của bạn trong ${unit} này`,
      events: (unit: string) => `Tín hiệu từ các sự kiện trong ${unit} này`,
      eventsNamed: (unit: string, titles: string) =>
        `Tín hiệu từ các sự kiện trong ${unit} này (${titles})`,
      heading: (unit: string) => `Tín hiệu nghiêng trong ${unit} này, tính khi ${unit} kết thúc`,
      part: (who: string, drift: string) => `${who}: độ nghiêng ${drift}`,
      total: (drift: string, unit: string) =>
        `Cộng lại: độ nghiêng ${drift} khi ${unit} kết thúc, trước khi phai dần`,
    },
    score: {
      heading: 'Điểm được cộng lại thế nào',
      term: (value: string, weight: string, points: string) => `${value} × ${weight} = ${points}`,
      weakestLink: (power: string) => `Quan hệ yếu nhất của bạn (${power})`,
      relations: 'Quan hệ trung bình',
      growth: (growth: string, full: string) => `Tăng trưởng ${growth} (${full} được 100)`,
      sovereignty: (free: string) =>
        `Chủ quyền trên biển (vị thế và hiện diện, trừ nửa phần căng thẳng vượt ${free})`,
      stability: 'Ổn định trong nước (lòng dân, chính danh)',
      autonomy: (drift: string) => `Tự chủ (100 − độ nghiêng ${drift})`,
      penalty: 'Phạt vì sụp đổ',
      floor: 'Điểm dừng ở 0',
      ceiling: 'Điểm dừng ở 100',
      total: (score: string) => `Điểm cây tre ${score}`,
    },
    mapShort: {
      hochiminh: 'TP HCM',
      scarborough: 'Bãi Scarborough',
      'second-thomas': 'Cỏ Mây',
      eastSea: 'Biển Đông',
    },
  },
  game: {
    turnOf: (turn: number, turns: number, unit = 'Tháng') => `${unit} ${turn}/${turns}`,
    capital: 'Vốn chính trị',
    score: 'Điểm hiện tại',
    undo: 'Hoàn tác',
    keysButton: 'Phím',
    menuButton: 'Menu',
    endMonth: 'Kết thúc tháng',
    endTurn: (unit: string) => `Kết thúc ${unit}`,
    unspent: {
      title: (capital: number) => `Còn ${capital} vốn chính trị chưa dùng`,
      text: (capital: number, cards: number, unit: string) =>
        `Bạn vẫn còn ${capital} vốn chính trị và ${cards} thẻ có thể chơi trong ${unit} này. Vẫn kết thúc ${unit} mà không dùng đến chúng?`,
      end: (unit: string) => `Vẫn kết thúc ${unit}`,
      back: 'Quay lại',
    },
    gaugeHint: (touch: boolean) =>
      touch
        ? 'Chạm vào một chỉ số: điều gì làm nó thay đổi'
        : 'Di chuột hoặc chọn (G) một chỉ số: điều gì làm nó thay đổi',
    capitalLine: (delta: string, unit: string, causes: string) =>
      `Vốn chính trị ${delta} cho ${unit} mới${causes ? `: ${causes}` : ''}`,
    answerEvent: 'Trả lời sự kiện',
    debrief: 'Tổng kết',
    saved: 'Tự lưu sau mỗi quyết định',
    tabs: { gauges: 'Chỉ số', news: 'Tin tức', map: 'Bản đồ' },
    groups: {
      powers: 'Các cường quốc',
      drift: 'Thước cây tre: độ nghiêng của bạn',
      economy: 'Kinh tế',
      sea: 'Biển Đông',
      home: 'Trong nước',
    },
    tierPips: (rank: number, of: number) => `Cấp quan hệ ${rank}/${of}`,
    shortNames: {
      relations: 'Quan hệ',
      suspicion: 'Nghi ngại',
      patience: 'Kiên nhẫn',
      'autonomy.drift': 'Độ nghiêng',
      'economy.growth': 'Tăng trưởng',
      'economy.tradeDependence': 'Đầu vào TQ',
      'economy.usAccess': 'Thị trường Mỹ',
      'economy.investment': 'Đầu tư',
      'economy.infrastructure': 'Hạ tầng',
      'economy.rareEarths': 'Đất hiếm',
      'sea.tension': 'Căng thẳng',
      'sea.incidents': 'Sự cố',
      'sea.incidentsTotal': 'Trước đó',
      'sea.presence': 'Hiện diện',
      'sea.standing': 'Vị thế',
      'home.mood': 'Lòng dân',
      'home.nationalism': 'Phẫn nộ',
      'home.legitimacy': 'Chính danh',
      'home.capital': 'Vốn còn lại',
    },
    shortOf: (family: string, power: string) => `${family} ${power}`,
    drift: {
      toNegative: (capitals: string) => `◀ ${capitals}`,
      toPositive: (capitals: string) => `${capitals} ▶`,
      value: (text: string, where: string) => `Độ nghiêng ${text}: ${where}`,
      centre: 'trên đường trung lập',
      inBand: 'trong vùng an toàn',
      outBand: 'ngoài vùng an toàn',
    },
    tooltip: {
      trend: (text: string, since: string) => `${text} ${since}`,
      recent: 'Các thay đổi gần nhất và nguyên nhân',
      none: 'Chưa có thay đổi nào trong ván này.',
      change: (when: string, from: string, to: string, delta: string) =>
        `${when}: ${from} → ${to} (${delta})`,
    },
    actions: {
      heading: 'Hành động',
      page: (page: number, pages: number) => `${page}/${pages}`,
      prev: '◀',
      next: '▶',
      cost: (cost: number) => `giá ${cost}`,
      costRaised: (cost: number) => `giá ${cost}▲`,
      notNow: 'Chưa thể: ',
      hint: 'Nhấn Enter trên một thẻ để xem trước tác động rồi mới quyết định.',
    },
    advisor: {
      heading: 'Cố vấn: phần còn lại của năm được chơi thử 1.000 lần',
      styles:
        'Chơi tiếp theo lối của bạn đến nay, tính cả lựa chọn này: độ nghiêng, nước đi liều lĩnh, số thẻ mỗi tháng, tháng bỏ trống. Dự báo cho biết cứ tiếp tục như thế thì đi đến đâu, không chỉ ra nước đi tốt nhất. Mỗi con số là kết quả thường gặp; trong ngoặc, từ tương lai xấu đến tương lai tốt.',
      thinking: (pct: number) => `Đang mô phỏng phần còn lại của năm… ${pct}%`,
      off: 'Cố vấn đang tắt. Hãy tự suy luận trước, rồi hỏi cố vấn nếu muốn có thêm ý kiến.',
      ask: 'Hỏi cố vấn',
      hide: 'Ẩn cố vấn',
      failed: 'Cố vấn không mô phỏng được quyết định này.',
      baselineCard: (unit: string) => `kết thúc ${unit} ngay`,
      baselineChoice: 'phương án đầu tiên, thận trọng nhất',
      toggled: (on: boolean) =>
        on ? 'Đã bật cố vấn: phần xem trước có tương lai mô phỏng.' : 'Đã tắt cố vấn.',
      menu: (on: boolean) => (on ? 'Cố vấn: bật' : 'Cố vấn: tắt'),
    },
    preview: {
      cost: (cost: number, have: number) => `Tốn ${cost} vốn chính trị (bạn có ${have}).`,
      free: 'Không tốn vốn chính trị.',
      rises: (base: number, list: string) =>
        `▲ Cao hơn mức thường là ${base}: giá tăng theo ${list}.`,
      follows: (list: string) => `Giá thay đổi theo ${list}.`,
      rise: (label: string, amount: string) => `${label} (${amount})`,
      priceTerm: (amount: string, label: string) =>
        `${amount.replace(/^([+\u2212])/, '$1 ')} do ${label}`,
      priceSum: (cost: number, base: number | null, terms: string, rounded: boolean) =>
        `Giá ${cost} = ${base === null ? '' : `${base} giá gốc `}${terms}${rounded ? ', đã làm tròn' : ''}.`,
      priceMoved: (was: number, now: number) =>
        ` ${now > was ? 'Tăng' : 'Giảm'} từ ${was} so với tháng trước.`,
      repeatFade: (before: number, share: string, each: string) =>
        before === 1
          ? `Đã dùng một lần: lần thứ hai chỉ còn ${share} tác động ghi trên thẻ.`
          : `Đã dùng ${before} lần: lần này chỉ còn ${share} tác động ghi trên thẻ (mỗi lần lặp lại còn ${each} so với lần trước).`,
      certain: 'Ngay sau lựa chọn này',
      signals: (unit: string) => `Dự kiến vào cuối ${unit}`,
      signalsWhy: (unit: string) =>
        `Khi ${unit} kết thúc, mỗi cường quốc đọc tín hiệu nghiêng của lựa chọn này và phản ứng.`,
      driftEnd: (
        unit: string,
        from: string,
        to: string,
        own: string,
        earlier: string | null,
        fade: string | null,
      ) =>
        `Thước cây tre cuối ${unit}: ${from} → ${to} (${own} từ lựa chọn này${earlier ? `, ${earlier} từ các bước trước trong ${unit}` : ''}${fade ? `, rồi lùi ${fade} về giữa` : ''})`,
      tiers: 'Quan hệ đối tác',
      tierChange: (power: string, from: string, to: string) => `${power}: ${from} → ${to}`,
      closes: 'Khép lại vĩnh viễn',
      chances: {
        risk: 'Rủi ro: chỉ có hại',
        mixed: 'Có thể tốt, có thể xấu',
        gain: 'Cơ hội: chỉ có lợi',
        line: (chance: string, text: string) => `Khả năng ${chance}: ${text}`,
      },
      more: '▼ Thêm',
      nothing: 'Không có tác động chắc chắn lên các chỉ số.',
      blocked: 'Chưa thể thực hiện: ',
      confirm: 'Xác nhận',
      cancel: 'Hủy',
      heading: 'Trước khi quyết định',
      hover: 'Chọn hoặc di chuột lên một phương án để xem tác động.',
    },
    event: {
      when: (date: string, place: string) => `${date} · ${place}`,
      sources: 'Nguồn: ',
      moreSources: (n: number) => ` và ${n} nguồn khác`,
      whatIf: 'Giả định: sự kiện hư cấu, không có trong thực tế năm 2023.',
      disagree: 'Các nguồn chưa thống nhất: ',
      views: 'So sánh các quan điểm',
      oneAccount: 'Các nguồn kể sự kiện này như nhau: không có quan điểm khác nhau để so sánh.',
      viewsTitle: 'Chỗ các nguồn khác nhau',
      heldBy: (who: string) => `— ${who}`,
      close: 'Đóng',
      hint: (choices: number, undo: boolean) =>
        `${choices > 1 ? `Phím 1–${choices} để chọn` : 'Phím 1 để chọn'}; Esc ẩn hộp này để xem bàn cờ (E để mở lại)${undo ? '; U để rút lại câu trả lời vừa rồi' : ''}.`,
    },
    news: {
      heading: (month: string) => `Tin tức · ${month}`,
      review: 'Nhìn lại tháng',
      more: (n: number, unit = 'tháng') => `+${n} tin nữa: xem phần nhìn lại ${unit} [R]`,
      empty: 'Chưa có tin. Các cường quốc phản ứng vào cuối mỗi tháng.',
      emptyOf: (unit: string) => `Chưa có tin. Các cường quốc phản ứng vào cuối mỗi ${unit}.`,
      actors: {
        you: 'BẠN',
        world: 'THẾ GIỚI',
        rules: 'LUẬT',
      },
      elsewhere: 'Ngoài bản đồ',
    },
    sound: {
      toggled: (on: boolean) => (on ? 'Đã bật âm thanh (S).' : 'Đã tắt âm thanh (S).'),
      menu: (on: boolean) => (on ? 'Âm thanh: bật' : 'Âm thanh: tắt'),
      button: (on: boolean) => (on ? 'Có tiếng' : 'Tắt tiếng'),
    },
    guide: {
      again: 'Hướng dẫn',
      title: (step: number, of: number, title: string) => `${title} (${step}/${of})`,
      next: 'Tiếp',
      start: 'Bắt đầu chơi',
      skip: 'Bỏ qua hướng dẫn',
      skipShort: 'Bỏ qua',
      steps: {
        goal: {
          title: 'Mục tiêu của bạn',
          text: (n: GuideNumbers) =>
            `Bạn điều hành Việt Nam qua năm ${n.year}. Thắng bằng cách uốn mà không gãy: đến cuối năm, Bắc Kinh, Washington và Tokyo đều vẫn cần bạn, kinh tế vẫn tăng trưởng và lòng dân vẫn yên. Nếu một mối quan hệ đổ vỡ, biển bùng nổ xung đột hay đường phố bất ổn, ván chơi kết thúc sớm.`,
        },
        drift: {
          title: 'Thước cây tre',
          text: (n: GuideNumbers) =>
            `Độ nghiêng cho biết bạn ngả về bên nào: sang trái là Bắc Kinh, sang phải là Washington. Trong vùng an toàn (±${n.band}) bạn yên ổn. Ra ngoài vùng đó, thủ đô bên kia bắt đầu trừng phạt bạn; đến ±${n.lost} bạn mất quyền tự chủ. Một bước trở về giữa luôn là tốt, dù bạn đang ở phía nào.`,
        },
        powers: {
          title: 'Quan hệ và nghi ngại',
          text: (n: GuideNumbers) =>
            `Mỗi cường quốc có một mức quan hệ với bạn (0–100; cuối một ${n.unit} mà ở mức ${n.rupture} trở xuống là đổ vỡ) và một mức nghi ngại: họ tin bạn ngả về phía đối thủ của họ đến đâu. Bị thấy là nghiêng thì phải trả giá: cường quốc đang nghi ngại khiến bước đi tiếp theo với họ đắt hơn, và kiên nhẫn của họ (trên thang 10) hao dần; hết kiên nhẫn, họ dùng đến sức ép nặng nề nhất.${n.neglect ? ` Cường quốc bị bỏ lơ một ${n.unit} sẽ nguội đi, quan hệ càng ấm càng nguội nhanh.` : ''}${n.warmthFrom === undefined ? '' : ` Cũng không thể làm bạn thân nhất của mọi bên: quan hệ với đối thủ của họ còn trên ${n.warmthFrom} thì mỗi ${n.unit} họ lại thêm nghi ngại.`} Chạm, di chuột hoặc chọn một chỉ số để xem vì sao nó thay đổi.`,
        },
        capital: {
          title: 'Vốn chính trị',
          text: (n: GuideNumbers) =>
            n.upkeepFrom === null
              ? `Vốn chính trị (số điểm ở đầu bàn chơi) dùng để trả cho các nước đi. Đầu mỗi ${n.unit} bạn có thêm khoảng ${n.income} điểm${n.start === undefined ? '' : ` (${n.start} điểm đang có là vốn khởi đầu)`}; một thẻ tốn từ một đến năm điểm. Hãy tiêu ngay, hoặc để dành cho một ${n.unit} hệ trọng hơn.`
              : `Vốn chính trị (số điểm ở đầu bàn chơi) dùng để trả cho các nước đi. Đầu mỗi ${n.unit} bạn có thêm khoảng ${n.income} điểm${n.start === undefined ? '' : ` (${n.start} điểm đang có là vốn khởi đầu)`}, nhiều hơn khi kinh tế tăng trưởng; một thẻ tốn từ một đến năm điểm, nên bạn không thể chơi mọi thẻ. Hãy để dành một ít cho ${n.unit} hệ trọng hơn, nhưng ${shareWordVi(n.upkeepShare)} phần vốn vượt quá ${n.upkeepFrom} sẽ tan biến mỗi ${n.unit}.`,
        },
        cards: {
          title: 'Thẻ: các nước đi của bạn',
          text: () =>
            'Mỗi thẻ là một nước đi: một chuyến thăm, một thỏa thuận, một công hàm phản đối, một lời với báo chí. Nhấn Enter hoặc bấm chuột để xem thẻ làm gì và rủi ro ra sao trước khi xác nhận. Thẻ màu xám cho biết vì sao chưa thể dùng. Các phím mũi tên di chuyển trong lưới thẻ.',
        },
        event: {
          title: 'Sự kiện và nguồn',
          text: (n: GuideNumbers) =>
            `Mỗi ${n.unit} có tin tức, và một số sự kiện đòi bạn trả lời. Mỗi sự kiện ghi rõ nguồn (tên báo và ngày); sự kiện hư cấu được ghi rõ là “Giả định”. Hãy trả lời, chơi một hai thẻ, rồi kết thúc ${n.unit} (E) và xem các cường quốc phản ứng. Phím H liệt kê các phím tắt; Cách chơi có luật chơi đầy đủ.`,
        },
      },
    },
    review: {
      scoreNow: (score: string) => `Điểm cây tre hiện tại: ${score}`,
      moved: 'Thay đổi nhiều nhất',
      movedWhy: (cause: string, delta: string) => `: ${cause} ${delta}`,
      title: (month: string) => `Nhìn lại · ${month}`,
      continue: 'Tiếp tục',
      intro: 'Các cường quốc đã đáp lại tháng trước ra sao, và tháng mới mang đến điều gì.',
      introOf: (unit: string) =>
        `Các cường quốc đã đáp lại ${unit} trước ra sao, và ${unit} mới mang đến điều gì.`,
    },
    end: {
      title: 'Năm đã khép lại',
      lastTurn: (unit: string) =>
        `${unit.charAt(0).toUpperCase()}${unit.slice(1)} cuối cùng đã khép lại`,
      collapse: 'Ván chơi đã kết thúc',
      score: (score: string) => `Điểm cây tre: ${score}`,
      debrief: 'Xem tổng kết',
      compare: 'So với bản gốc',
      branched:
        'Bạn chơi tiếp từ một bản ghi: đặt kết cục của bạn cạnh kết cục gốc, từng quyết định một.',
      look: 'Xem bàn cờ',
      noDebrief: 'Phiên bản này chưa có màn hình tổng kết.',
    },
    help: {
      title: 'Chơi bằng bàn phím',
      keys: (unit: string) => [
        ['Tab / Shift+Tab, mũi tên', 'di chuyển giữa thẻ, chỉ số và nút'],
        ['Enter hoặc Space', 'mở thẻ hoặc nút đang chọn'],
        ['A', 'nhảy tới các thẻ hành động'],
        ['G', 'nhảy tới các chỉ số (hiện nguyên nhân khi chọn)'],
        ['[ và ]', 'trang thẻ trước và sau'],
        ['E', `kết thúc ${unit} (hoặc trả lời sự kiện đang chờ)`],
        ['1–4', 'chọn một phương án cho sự kiện'],
        ['↑ ↓, Page Up / Down', 'trong phần xem trước dài: cuộn (hoặc lăn chuột, hoặc vuốt)'],
        ['V', 'trong sự kiện: so sánh quan điểm các nguồn'],
        ['U', `hoàn tác quyết định cuối trong ${unit}`],
        [
          'F',
          'trên bàn chơi: bật hoặc tắt cố vấn (tương lai mô phỏng); trong phần xem trước: hỏi cố vấn',
        ],
        ['R', `nhìn lại ${unit}`],
        ['S', 'bật hoặc tắt âm thanh'],
        ['H hoặc ?', 'phần trợ giúp này'],
        ['M', 'menu: về màn hình chính'],
        ['Esc', 'đóng hộp thoại trên cùng'],
      ],
      close: 'Đóng',
    },
    menu: {
      title: 'Rời ván chơi này?',
      text: 'Ván chơi được lưu sau mỗi quyết định. Bạn có thể chơi tiếp từ màn hình chính.',
      leave: 'Về màn hình chính',
      stay: 'Ở lại',
    },
  },
  errors: {
    boot: 'Không khởi động được trò chơi. Hãy tải lại trang; nếu vẫn lỗi, hãy báo thầy cô.',
  },
  title: {
    name: 'Ngoại giao cây tre',
    nameLines: 'Ngoại giao\ncây tre',
    subtitle:
      'Điều hành Việt Nam năm 2023. Giữ Bắc Kinh, Washington và Tokyo ở gần, mềm dẻo mà không gãy.',
    newGame: 'Ván mới',
    continue: 'Chơi tiếp',
    continueDetail: (scenario: string, turn: string) => `${scenario} · ${turn}`,
    loadReplay: 'Mở bản ghi',
    howToPlay: 'Cách chơi',
    credits: 'Ghi công và nguồn',
    teachers: 'Bản ghi và lớp học',
    replayViewer: 'Xem bản ghi',
    classSetup: 'Tạo lớp',
    classResults: 'Kết quả lớp',
    notReady: 'Phiên bản này chưa có màn hình đó.',
    dropHint: 'Thả tệp bản ghi vào bất kỳ đâu trên trang để mở.',
    noticeTitle: 'Về ván chơi đã lưu',
    dismiss: 'Bỏ qua',
    newGameTitle: 'Ván mới',
    scenario: 'Kịch bản',
    turns: (n: number) => `${n} lượt`,
    broken: 'Không chơi được: tệp có lỗi',
    seed: 'Mã ngẫu nhiên',
    seedHelp: 'Cùng kịch bản và mã ngẫu nhiên thì mọi người chơi gặp cùng một xúc xắc.',
    randomSeed: 'Tạo mã mới',
    player: 'Tên của bạn',
    playerHelp: 'Được ghi vào tệp bản ghi, để thầy cô biết đó là bài của bạn.',
    playerPlaceholder: 'không bắt buộc',
    start: 'Bắt đầu',
    cancel: 'Hủy',
    noScenario: 'Không có kịch bản nào chơi được: mọi tệp kịch bản đều có lỗi.',
    launchUnknown: (id: string) =>
      `Đường liên kết yêu cầu kịch bản “${id}”, nhưng trò chơi không có. Hãy chọn một kịch bản bên dưới.`,
    sharedReplay: 'đường liên kết được chia sẻ',
    replayRefused: 'Bản ghi này bị từ chối',
    replayRefusedIntro: 'Không có gì thay đổi: ván chơi của bạn vẫn được lưu.',
    replayCheck: {
      file: 'Tệp không phải là bản ghi đọc được',
      'too-big': 'Tệp quá lớn để là một bản ghi, nên không được đọc',
      'unknown-scenario': 'Bản ghi được tạo cho một kịch bản mà trò chơi này không có',
      format: 'Bản ghi có định dạng mà trò chơi này không biết',
      'engine-version': 'Bản ghi được tạo bởi một phiên bản luật chơi khác',
      scenario: 'Bản ghi được tạo cho một phiên bản khác của kịch bản',
      'illegal-action': 'Có một quyết định trái luật chơi (đã bị sửa hoặc hỏng)',
      checkpoint: 'Có một tháng chơi lại khác với bản đã ghi (đã bị sửa hoặc hỏng)',
      final: 'Trạng thái cuối khác với bản đã ghi (đã bị sửa hoặc hỏng)',
    },
    replaceTitle: 'Thay ván chơi đang dở?',
    replaceBody: 'Mở bản ghi này sẽ biến nó thành ván hiện tại, và ván đang dở của bạn sẽ bị thay.',
    replaceYes: 'Mở bản ghi',
    openScenario: 'Mở tệp kịch bản…',
    dropHintAny: 'Thả tệp bản ghi, tệp kịch bản hoặc tệp lớp vào bất kỳ đâu trên trang để mở.',
    scenarioBrokenTitle: 'Kịch bản này chưa chơi được',
    scenarioBrokenIntro: (file: string, n: number) =>
      `${file} có ${n} lỗi. Mỗi dòng dưới đây cho biết lỗi ở đâu (trường nào) và cần viết gì. Hãy sửa tệp trong trình soạn thảo rồi mở lại; “npm run bamboo -- check” cho cùng danh sách này.`,
    linkScenarioBroken: (n: number) =>
      `Kịch bản trong liên kết này có ${n} lỗi nên chưa chơi được. Hãy nhờ thầy cô sửa tệp và tạo lại liên kết. Lỗi cụ thể:`,
    shippedBroken: (id: string) =>
      `Liên kết yêu cầu kịch bản “${id}”; trò chơi có kịch bản này nhưng tệp của nó có lỗi. Lỗi cụ thể:`,
    linkDamaged: (reason: string) => `Không mở được liên kết lớp này: ${reason}.`,
    scenarioOpened: (title: string, kept: boolean) =>
      kept
        ? `Đã mở “${title}”. Kịch bản được giữ trong danh sách của trình duyệt này cho đến khi bạn gỡ nó.`
        : `Đã mở “${title}” cho lần truy cập này (trình duyệt không cho trò chơi lưu tệp).`,
    removeScenario: 'Gỡ khỏi trình duyệt này',
    readBriefing: 'Đọc toàn bộ phần giới thiệu',
    briefingClose: 'Đóng',
    openedTag: 'tệp đã mở',
    close: 'Đóng',
    problemsHeading: (n: number) => `${n} tệp kịch bản có lỗi:`,
    replaceGameBody:
      'Bắt đầu ván mới sẽ thay ván đang dở của bạn. Hãy tải bản ghi của ván đó xuống trước nếu muốn giữ.',
    replaceDownload: 'Tải xuống rồi bắt đầu',
    replaceStart: 'Bắt đầu, không giữ',
    heldDownload: 'Tải xuống bản lưu không đọc được',
    heldDiscard: 'Để trò chơi ghi đè',
    noticeSeeAside: 'Xem các ván đã cất riêng',
    setAside: {
      button: (n: number) => `Ván đã cất riêng (${n})`,
      title: 'Ván đã cất riêng',
      intro:
        'Không thể chơi tiếp những ván này với phiên bản luật chơi hoặc kịch bản hiện tại. Chúng vẫn nằm trong trình duyệt này cho đến khi bạn xóa. Hãy tải một ván xuống dưới dạng bản ghi để giữ lại: phiên bản này sẽ từ chối chơi và nói rõ lý do, còn phiên bản đã tạo ra ván đó (hoặc dòng lệnh của nó, npm run bamboo -- verify) vẫn kiểm tra được.',
      none: 'Không có ván nào được cất riêng.',
      heading: (scenario: string, seed: string, player: string) =>
        `${scenario} · mã “${seed}”${player ? ` · ${player}` : ''}`,
      reached: (turn: string, decisions: number) =>
        `Đã đến ${inSentence(turn)} (${decisions} quyết định)`,
      saved: (date: string) => `lưu lần cuối ${date}`,
      setAsideOn: (date: string) => `cất riêng ${date}`,
      made: (engine: string, hash: string) =>
        `Tạo với luật chơi phiên bản ${engine}, mã nội dung kịch bản ${hash}`,
      why: (reason: string) => `Lý do: ${reason}.`,
      loadsAgain:
        'Ván này lại khớp với trò chơi (kịch bản của nó đã trở lại): hãy tải xuống dưới dạng bản ghi rồi mở bằng Mở bản ghi.',
      unreadable: (n: string) => `Mục số ${n}: không đọc được như một ván đã lưu`,
      stored: (key: string) => `Lưu trong trình duyệt này với khóa ${key}`,
      download: 'Tải xuống dưới dạng bản ghi',
      downloadRaw: 'Tải xuống nguyên trạng',
      delete: 'Xóa…',
      deleteTitle: 'Xóa hẳn ván đã lưu này?',
      deleteBody: (what: string) =>
        `${what}\n\nĐã xóa thì không lấy lại được. Hãy tải xuống trước nếu sau này bạn có thể cần đến.`,
      deleteDownloadFirst: 'Tải xuống rồi xóa',
      deleteConfirm: 'Xóa',
      deleted: 'Đã xóa ván đã lưu.',
      deleteFailed: (reason: string) => `Chưa xóa gì cả: ${reason}.`,
      listFailed: (reason: string) => `Không liệt kê được các ván đã cất riêng: ${reason}.`,
      turn: (n: number) => `lượt ${n}`,
    },
  },
  mirror: {
    label: 'Màn hình trò chơi dưới dạng văn bản',
    dialog: 'Hộp thoại đang mở',
  },
  screens: {
    back: 'Quay lại',
    previous: 'Trước',
    next: 'Tiếp',
    page: (n: number, of: number) => `Trang ${n}/${of}`,
  },
  help: {
    /** How the indicators page names the power of a per-power indicator. */
    eachPower: 'từng cường quốc',
    eachCapital: 'thủ đô từng cường quốc',
    title: 'Cách chơi',
    tabs: ['Mục tiêu', 'Một lượt', 'Các chỉ số', 'Phím và kết thúc'],
    goalTitle: 'Bạn là Hà Nội, năm 2023',
    goal: [
      'Bắc Kinh là bạn hàng lớn nhất và là đảng anh em, nhưng tàu của họ vẫn quấy nhiễu ngư dân ta. Washington muốn nâng quan hệ lên đối tác chiến lược toàn diện, muốn chip và đất hiếm. Tokyo mang đến vốn đầu tư và hợp tác an ninh lặng lẽ. Dư luận trong nước không tin Trung Quốc và không bỏ qua bất cứ điều gì trông giống nhượng bộ.',
      'Bạn thắng khi mềm dẻo mà không gãy, như cây tre mà Tổng Bí thư Nguyễn Phú Trọng nêu tại Hội nghị Đối ngoại toàn quốc tháng 12/2021: gốc vững, thân chắc, cành uyển chuyển. Đến lượt cuối, cả ba thủ đô vẫn cần bạn, kinh tế vẫn tăng trưởng, chủ quyền trên Biển Đông vẫn được giữ và Đảng vẫn vững vàng lãnh đạo.',
      'Mọi sự kiện theo lịch trong năm đều có thật và được dẫn nguồn, các sự kiện ngẫu nhiên lấy từ thực tế cũng vậy; vài sự kiện hư cấu được ghi rõ là “Giả định”. Màn hình Ghi công và nguồn liệt kê mọi nguồn, phần tổng kết chỉ ra chỗ các nguồn chưa thống nhất.',
    ],
    turnTitle: (unit: string | null) =>
      unit === null
        ? 'Một lượt (một tháng trong chiến dịch chính)'
        : `Một lượt (một ${unit} trong kịch bản này)`,
    turn: (unit: string) => [
      ['Tin tức', `Các sự kiện lịch sử của ${unit} diễn ra, cùng vài sự kiện ngẫu nhiên theo mã.`],
      [
        'Trả lời',
        'Một số sự kiện đòi hỏi quyết định. Mỗi phương án cho thấy tác động chắc chắn và rủi ro trước khi bạn xác nhận.',
      ],
      [
        'Hành động',
        `Dùng vốn chính trị cho các thẻ hành động: thượng đỉnh, kinh tế, biển, trong nước. Một cường quốc đang nghi ngại sẽ khiến vài thẻ đắt hơn. Thẻ vừa dùng phải nghỉ một thời gian mới dùng lại được (“nghỉ 2 lượt”: thêm hai ${unit} nữa), và thẻ dùng lại có thể kém hiệu quả hơn lần đầu: phần xem trước cho biết đúng con số nó sẽ mang lại.`,
      ],
      [
        'Phản ứng',
        'Trung Quốc, Hoa Kỳ và Nhật Bản phản ứng với việc bạn làm và hướng bạn nghiêng: khen thưởng, cảnh báo, gây sức ép.',
      ],
      [
        'Tổng hợp',
        `Mọi chỉ số thay đổi, mỗi thay đổi được ghi lại kèm nguyên nhân. Rồi ${unit} mới bắt đầu.`,
      ],
    ],
    undo: (unit: string) =>
      `Bạn có thể hoàn tác quyết định cuối trong ${unit}, trừ khi nó đã gieo xúc xắc.`,
    indicatorsTitle: 'Các chỉ số',
    meter: {
      title: 'Độ nghiêng (thước cây tre)',
      you: 'Bạn: Hà Nội',
      left: 'Bắc Kinh',
      right: 'Washington, Tokyo',
      band: 'vùng an toàn',
      note: 'Trong vùng an toàn, thủ đô nào cũng còn cần bạn. Nghiêng quá vùng này thì cực bên kia bắt đầu trừng phạt bạn, còn cực bên này coi sự ủng hộ của bạn là điều hiển nhiên; nghiêng hẳn thì bạn thành chư hầu hoặc nước tiền đồn.',
    },
    causeTitle: 'Nhân và quả',
    cause:
      'Di chuột lên chỉ số bất kỳ, hoặc dùng Tab để tới nó, để xem các thay đổi gần nhất và nguyên nhân của từng thay đổi, kèm con số.',
    causeTouch:
      'Chạm vào chỉ số bất kỳ để xem các thay đổi gần nhất và nguyên nhân của từng thay đổi, kèm con số.',
    causeExample: {
      name: 'Quan hệ với Trung Quốc',
      value: '58',
      lines: [
        'Tháng 9 năm 2023: −6',
        '  Bạn: Đối tác chiến lược toàn diện với Hoa Kỳ  −8',
        '  Bạn đã trấn an họ  +2',
      ],
    },
    keysTitle: 'Phím',
    keys: (unit: string) => [
      ['Tab, mũi tên', 'Di chuyển giữa nút, thẻ và chỉ số'],
      ['Enter, Space', 'Nhấn nút đang chọn'],
      ['1 – 4', 'Chọn phương án cho sự kiện'],
      ['V', 'Trong sự kiện: so sánh quan điểm các nguồn'],
      ['E', `Kết thúc ${unit}`],
      ['U', 'Hoàn tác quyết định cuối'],
      ['A, G', 'Nhảy tới các thẻ hành động, hoặc tới các chỉ số'],
      ['[ và ]', 'Trang thẻ trước và sau'],
      ['R', `Nhìn lại ${unit}`],
      ['F', 'Bàn chơi: bật/tắt cố vấn. Xem trước: hỏi cố vấn'],
      ['S', 'Bật hoặc tắt âm thanh'],
      ['M', 'Menu'],
      ['H hoặc ?', 'Phần trợ giúp này'],
      ['Esc', 'Đóng hộp thoại, hoặc quay lại'],
      ['Page Up / Down', 'Lật trang trợ giúp, ghi công và tổng kết'],
    ],
    endTitle: 'Ván chơi kết thúc thế nào',
    end: [
      'Ván chơi kết thúc sau lượt cuối, hoặc sớm hơn khi sụp đổ: một mối quan hệ rơi xuống đáy (đổ vỡ), căng thẳng trên biển bùng nổ (xung đột vũ trang), lòng dân quay lưng (bất ổn), tăng trưởng sụp đổ (khủng hoảng kinh tế), hoặc bạn nghiêng xa đến mức thành chư hầu của Bắc Kinh hay tiền đồn của Washington.',
    ],
    scoreTitle: 'Điểm cây tre (0 – 100)',
    score: [
      'Mối quan hệ yếu nhất trong ba mối quan hệ có trọng số lớn nhất (30%): một đối tác đổ vỡ tệ hơn ba đối tác nhạt nhẽo. Tiếp theo là trung bình các quan hệ (10%), tăng trưởng, chủ quyền trên biển, ổn định trong nước và tự chủ (mỗi mục 15%). Sụp đổ bị trừ 30 điểm.',
      'Phần tổng kết gọi tên kết cục (từ bậc thầy ngoại giao cây tre đến khủng hoảng) và so năm của bạn với những gì Hà Nội đã thực sự làm, chơi theo cùng luật và cùng mã ngẫu nhiên.',
    ],
  },
  credits: {
    title: 'Ghi công và nguồn',
    tabs: ['Trò chơi', 'Nguồn của các sự kiện'],
    project: [
      [
        'Ngoại giao cây tre',
        'Trò chơi chiến lược dành cho lớp học, về Việt Nam giữa Trung Quốc, Hoa Kỳ và Nhật Bản năm 2023. Không có hình ảnh hay bản ghi âm nào tải từ bên ngoài: bản đồ, cây tre, những con tàu trên biển, mọi chỉ số và mọi âm thanh đều do chính trò chơi tạo ra.',
      ],
      [
        'Phông chữ',
        'Be Vietnam Pro, © 2021 The Be Vietnam Pro Project Authors (SIL Open Font License 1.1), qua @fontsource.',
      ],
      [
        'Dữ liệu bản đồ',
        'Natural Earth (phạm vi công cộng), qua gói world-atlas (ISC), chiếu bằng d3-geo và topojson-client. Đường biên và địa danh không hàm ý công nhận; quần đảo Hoàng Sa, Trường Sa và bãi cạn Scarborough đang có tranh chấp.',
      ],
      [
        'Thư viện',
        'Phaser 4 (MIT), zustand (MIT), zod (MIT), seedrandom (MIT), lz-string (MIT), qrcode (MIT). Xây dựng bằng Vite, TypeScript và Biome; kiểm thử bằng Vitest, fast-check và playwright-core.',
      ],
      [
        'Dữ kiện',
        'Mỗi sự kiện theo lịch đều dẫn nguồn (ấn phẩm, tiêu đề, ngày và địa chỉ nếu có; “khoảng” đánh dấu ngày được suy ra chứ không in trên bài). Các sự kiện ngẫu nhiên lấy từ thực tế cũng được dẫn nguồn; sự kiện hư cấu được ghi là giả định. Nơi các nguồn chưa thống nhất, trò chơi nói rõ. Giáo viên có cùng danh sách, kèm công dụng của từng nguồn, trong trang nguồn in được thuộc tài liệu dành cho giáo viên.',
      ],
    ],
    scenarioHeading: (title: string, n: number) => `${title} — ${n} sự kiện có dẫn nguồn`,
    broken: (file: string) => `${file}: không đọc được, nên không liệt kê được nguồn.`,
    random: 'sự kiện ngẫu nhiên',
    whatIf:
      'Giả định: hư cấu cho trò chơi, không có trong thực tế năm 2023; nguồn kèm theo (nếu có) chỉ là bối cảnh.',
  },
  debrief: {
    title: 'Tổng kết',
    tabs: ['Tóm tắt', 'Biểu đồ', 'Dòng thời gian', 'Nguồn và câu hỏi'],
    noGame: 'Chưa có ván chơi nào để tổng kết.',
    unfinished: 'Chưa kết thúc',
    unfinishedHelp: 'Ván chơi chưa đến hồi kết: đây là kết quả đến lúc này.',
    heading: (scenario: string, seed: string, player: string) =>
      `${scenario} · mã “${seed}”${player ? ` · ${player}` : ''}`,
    you: 'Ván của bạn',
    history: 'Con đường lịch sử',
    historyHelp: 'Những gì Hà Nội đã thực sự làm, chơi theo cùng luật và cùng mã ngẫu nhiên.',
    historyMissing: 'Không chơi lại được con đường lịch sử cho kịch bản này.',
    score: 'Điểm cây tre',
    outOf: '/ 100',
    endedAt: (turn: string) => `Kết thúc: ${turn}`,
    scoreParts: {
      weakestLink: 'Quan hệ yếu nhất (×30%)',
      relations: 'Quan hệ, trung bình (×10%)',
      growth: 'Tăng trưởng (×15%)',
      sovereignty: 'Chủ quyền trên biển (×15%)',
      stability: 'Ổn định trong nước (×15%)',
      autonomy: 'Tự chủ (×15%)',
    },
    collapsePenalty: 'Điểm trừ do sụp đổ',
    tiers: 'Quan hệ đối tác lúc kết thúc',
    legendYou: 'Ván của bạn',
    legendHistory: 'Con đường lịch sử',
    chartPages: ['Quan hệ và nghi ngại', 'Tự chủ và kinh tế', 'Biển và trong nước'],
    endLabel: 'cuối',
    timelineEmpty: 'Chưa có gì xảy ra.',
    actor: {
      you: 'Bạn',
      world: 'Tin tức',
      rules: 'Luật',
    },
    questions: 'Câu hỏi thảo luận',
    sourcesMet: 'Nguồn của các sự kiện bạn đã gặp',
    historyTitle: 'Những gì Hà Nội đã thực sự làm',
    noSources: 'Không có sự kiện dẫn nguồn nào xảy ra trong ván này.',
    randomEvent: 'Sự kiện ngẫu nhiên',
    whatIf:
      'Giả định: hư cấu cho trò chơi, không có trong thực tế năm 2023; nguồn kèm theo (nếu có) chỉ là bối cảnh.',
    dispute: 'Các nguồn chưa thống nhất:',
    heldBy: (who: string) => `— ${who}`,
    savePng: 'Lưu PNG',
    print: 'In',
    saving: 'Đang chuẩn bị ảnh…',
    saved: (file: string) => `Đã lưu ${file}`,
    toTitle: 'Màn hình chính',
  },
  replays: {
    viewer: {
      title: 'Xem bản ghi',
      heading: (scenario: string, seed: string, player: string, source: string) =>
        `${scenario} · mã “${seed}”${player ? ` · ${player}` : ''} · ${source}`,
      yourGame: 'ván của bạn',
      sharedLink: 'một liên kết được chia sẻ',
      position: (turn: string, index: number, total: number) =>
        index === 0 ? `${turn} · khai cuộc` : `${turn} · quyết định ${index}/${total}`,
      months: 'Đi tới',
      prevMonth: '◀◀ Tháng',
      prevTurn: (unit: string) => `◀◀ ${unit}`,
      prevStep: '◀ Bước',
      nextStep: 'Bước ▶',
      nextMonth: 'Tháng ▶▶',
      nextTurn: (unit: string) => `${unit} ▶▶`,
      indicators: 'Chỉ số',
      score: (score: string) => `Điểm cây tre ${score}`,
      changes: 'Bước này đã thay đổi gì, và vì sao',
      noChanges: 'Khai cuộc: chưa có gì thay đổi. Đi tiếp bằng phím ] hoặc nút Bước.',
      moreChanges: (n: number) => `+ ${n} thay đổi nhỏ hơn`,
      monthHeading: (month: string) => `${month}: các quyết định`,
      earlier: (n: number) => `… ${n} trước đó`,
      later: (n: number) => `… ${n} sau đó`,
      newsHeading: 'Bước này mang đến',
      noNews: 'Bước này không có tin.',
      moreNews: (n: number) => `+ ${n} tin nữa`,
      ended: (outcome: string) => `Ván chơi kết thúc ở đây: ${outcome}`,
      playOn: 'Chơi tiếp từ đây',
      compare: 'So sánh kết cục',
      open: 'Mở bản ghi',
      share: 'Chia sẻ liên kết',
      download: 'Tải về',
      downloaded: (file: string) => `Đã tải về ${file}`,
      dropHint: 'Thả tệp bản ghi để mở trong trình xem.',
      nothingLost: 'Không có gì thay đổi: bản ghi bạn đang xem và ván của bạn vẫn như cũ.',
      empty: 'Chưa mở bản ghi nào. Hãy mở một tệp bản ghi, hoặc thả tệp vào bất kỳ đâu trên trang.',
      playOnOver: 'Ván chơi đã kết thúc ở bước này: lùi lại để chơi tiếp từ một bước trước.',
      replaceTitle: 'Thay ván chơi đang dở?',
      replaceBody:
        'Chơi tiếp sẽ bắt đầu ván mới từ bước này, cùng mã ngẫu nhiên. Ván đang dở của bạn sẽ bị thay.',
      replaceYes: 'Chơi tiếp',
      debrief: 'Tổng kết',
      replaceDebrief:
        'Phần tổng kết coi bản ghi này là ván hiện tại: ván đang dở của bạn sẽ bị thay.',
      cancel: 'Hủy',
      keys: (unit: string) => `Phím: [ và ] từng bước · PgUp và PgDn từng ${unit} · Home và End`,
    },
    compare: {
      title: 'So sánh hai kết cục',
      intro: (month: string, shared: number) =>
        `Cùng kịch bản, cùng xúc xắc. Hai ván có chung ${shared} quyết định đầu; nhánh rẽ khỏi bản ghi vào ${inSentence(month)}.`,
      original: 'Bản ghi',
      branch: 'Nhánh của bạn',
      unfinished: 'Chưa kết thúc',
      unfinishedHelp: 'Ván này chưa đến hồi kết: đây là kết quả đến lúc này.',
      ended: (month: string, decisions: number) =>
        `Đến ${inSentence(month)} · ${decisions} quyết định`,
      score: 'Điểm cây tre',
      columns: ['', 'Bản ghi', 'Nhánh của bạn', 'Chênh lệch'],
      scoreDelta: (delta: string) => `Nhánh − bản ghi: ${delta}`,
      none: 'Chưa có nhánh nào để so sánh. Trong trình xem bản ghi, hãy tới một tháng và chọn “Chơi tiếp từ đây”.',
      stale: 'Ván đang chơi không còn là nhánh của bản ghi này.',
      toViewer: 'Xem bản ghi',
      toGame: 'Quay lại ván chơi',
      better: 'tốt hơn',
      worse: 'kém hơn',
      same: 'như nhau',
    },
    share: {
      title: 'Chia sẻ ván chơi',
      copy: 'Chép liên kết',
      copied: 'Đã sao chép vào bộ nhớ tạm.',
      copyRefused: 'Trình duyệt không cho dùng bộ nhớ tạm: hãy chép liên kết trên màn hình.',
      close: 'Đóng',
      replayHeading: 'Ván chơi đến lúc này, dưới dạng bản ghi',
      replayHelp:
        'Mở trong trình xem bản ghi, được kiểm chứng từng bước. Liên kết chứa các quyết định.',
      newHeading: 'Ván mới cùng kịch bản và mã ngẫu nhiên',
      newHelp: 'Bắt đầu cùng một năm với cùng xúc xắc, để người khác thử sức.',
      noGame: 'Chưa có ván chơi nào để chia sẻ.',
      longLink: (n: number) => `… và ${n} ký tự nữa: hãy dùng Sao chép liên kết.`,
    },
    downloaded: (file: string) => `Đã tải về ${file}`,
    noGame: 'Chưa có ván chơi nào để tải về.',
    actions: {
      download: 'Tải bản ghi',
      share: 'Chia sẻ liên kết',
      compare: 'So sánh kết cục',
    },
  },
  classroom: {
    setup: {
      title: 'Tạo lớp',
      intro:
        'Chọn một kịch bản. Mọi học sinh mở liên kết (hoặc gõ mã) đều chơi cùng một năm với cùng xúc xắc, nên khác biệt duy nhất giữa hai kết quả là các quyết định.',
      scenario: 'Kịch bản',
      code: 'Mã lớp',
      link: 'Liên kết cho học sinh',
      fresh: 'Mã mới',
      copyCode: 'Sao chép mã',
      copyLink: 'Chép liên kết',
      copied: (what: string) => `Đã sao chép ${what.toLowerCase()} vào bộ nhớ tạm.`,
      refused: 'Trình duyệt không cho dùng bộ nhớ tạm: hãy chép trên màn hình.',
      steps: [
        'Viết mã lên bảng hoặc gửi liên kết.',
        'Học sinh mở liên kết (hoặc tạo ván mới và gõ mã vào ô mã ngẫu nhiên) rồi nhập tên.',
        'Cuối giờ, học sinh tải bản ghi về: tệp mang tên của em.',
        'Thả các tệp vào màn hình Kết quả lớp để kiểm chứng và so sánh.',
      ],
      toResults: 'Kết quả lớp',
      welcome: (code: string) =>
        `Mã lớp ${code}: nhập tên của em (sẽ ghi vào tệp bản ghi), rồi nhấn Bắt đầu.`,
      address: 'Địa chỉ trò chơi',
      localWarning:
        'Địa chỉ này chỉ dùng được trên máy này (localhost): học sinh không mở được. Hãy nhập địa chỉ công khai nơi trò chơi được đặt.',
      advisor: (on: boolean) => (on ? 'Cố vấn: bật' : 'Cố vấn: tắt'),
      qrTooLong:
        'Liên kết này mang theo cả kịch bản nên quá dài cho mã QR: hãy phát tệp lớp, hoặc gửi liên kết.',
      classFile: 'Lưu tệp lớp',
      classFileHelp: 'Học sinh mở tệp lớp bằng “Mở tệp kịch bản…” trên màn hình chính.',
      classFileSaved: (name: string) => `Đã lưu ${name}.`,
    },
    results: {
      title: 'Kết quả lớp',
      intro:
        'Thả các tệp bản ghi của lớp vào bất kỳ đâu trên trang, hoặc chọn tệp. Mỗi tệp được chơi lại theo luật: điểm lấy từ việc chơi lại, không lấy từ tệp.',
      choose: 'Chọn tệp',
      clear: 'Xóa',
      exportCsv: 'Xuất CSV',
      filter: 'Mã lớp',
      filterHelp: 'vd. 7KQ-M3XP',
      filterError: (message: string) => `Không phải mã lớp: ${message}.`,
      filterOn: (code: string) => `Chỉ hiện lớp ${code}.`,
      filterMissing:
        'Chưa có mã lớp: tệp của mọi kịch bản và mọi mã đều bị xếp hạng chung. Hãy gõ mã lớp.',
      heldHeading: (n: number) => `Để riêng, không xếp hạng (${n})`,
      unfinishedHeading: (n: number) => `Chưa chơi xong, không xếp hạng (${n})`,
      scope: (scenario: string, seed: string) => `${scenario} · mã ${seed}`,
      progress: (done: number, total: number) => `Đang kiểm chứng ${done}/${total}…`,
      done: (ranked: number, apart: number, invalid: number) =>
        `${ranked} được xếp hạng, ${apart} để riêng, ${invalid} bị từ chối.`,
      empty: 'Chưa có tệp nào. Hãy thả các tệp bản ghi của lớp vào trang này.',
      columns: ['#', 'Tên', 'Điểm', 'Kết cục', 'Quyết định then chốt'],
      duplicate: 'trùng tên ở nhiều tệp',
      duplicates: 'Tên nộp nhiều lần: ',
      invalidHeading: (n: number) => `Tệp bị từ chối (${n})`,
      invalidNone: 'Không tệp nào bị từ chối.',
      tabs: ['Bảng', 'Biểu đồ đường đi', 'Để riêng và bị từ chối'],
      page: (from: number, to: number, of: number) => `${from}–${to} trên ${of}`,
      chartSeries: 'Hiển thị',
      series: {
        'autonomy.drift': 'Độ nghiêng',
        score: 'Điểm',
      },
      chartHistory: 'Con đường lịch sử (Hà Nội đã làm gì, cùng mã)',
      chartStudents: (n: number) => `${n} học sinh`,
      chartNone: 'Chưa có ván hợp lệ nào để vẽ biểu đồ.',
      noneRanked: (tab: string) =>
        `Chưa có ván nào được xếp hạng: các tệp bị để riêng hoặc bị từ chối, kèm lý do, ở mục "${tab}".`,
      chartScope: (scenario: string, seed: string) => `${scenario} · mã “${seed}”`,
      open: 'Mở',
      dropHint: 'Thả các tệp bản ghi của lớp để kiểm chứng.',
      exported: (file: string) => `Đã xuất ${file}`,
    },
  },
  labels: {
    /** Added to the bamboo meter's help: the fade the turn's end applies, from the rules. */
    driftFade: (fade: string, unit: string) =>
      ` Cuối mỗi ${unit}, độ nghiêng phai dần ${fade} về giữa; tín hiệu nghiêng của ${unit} đó được cộng vào trước.`,
    incidentPlace: 'Biển Đông',
    incidentNews: (n: number, power: string) =>
      n === 1 ? `Một sự cố trên biển với tàu ${power}.` : `${n} sự cố trên biển với tàu ${power}.`,
    postponedNews: (title: string, month: string) => `Hoãn đến ${month}: ${title}`,
    calledOffNews: (title: string) => `Bị hủy: ${title}`,
    families: {
      relations: {
        name: (_name: string, capital: string) => `Quan hệ với ${capital}`,
        help: (_name: string, capital: string) =>
          `Lòng tin giữa Hà Nội và ${capital}. Chạm đáy thì quan hệ đổ vỡ.`,
      },
      suspicion: {
        name: (_name: string, capital: string) => `Nghi ngại của ${capital}`,
        help: (_name: string, capital: string) =>
          `${capital} tin bạn nghiêng về các đối thủ của họ đến mức nào. Nghi ngại cao làm xói mòn quan hệ.`,
      },
      patience: {
        name: (_name: string, capital: string) => `Kiên nhẫn của ${capital}`,
        help: (_name: string, _capital: string) =>
          'Hao mòn mỗi lượt khi nghi ngại cao; cạn kiệt thì họ dùng sức ép nặng nhất.',
      },
      'economy.investment': {
        name: (name: string, _capital: string) => `Đầu tư của ${name}`,
        help: (name: string, _capital: string) => `Dự án mới từ ${name}; theo quan hệ.`,
      },
    },
    rupture: {
      name: (_name: string, capital: string) => `Đổ vỡ với ${capital}`,
      help: (_name: string, capital: string) => `Quan hệ với ${capital} sụp đổ.`,
    },
    indicators: {
      'autonomy.drift': {
        name: 'Độ nghiêng (thước cây tre)',
        help: 'Khoảng cách tới đường trung lập: âm là nghiêng về một cực, dương là về cực kia (thước ghi tên từng cực). Ra ngoài vùng an toàn, cực bên kia sẽ trừng phạt bạn.',
      },
      'economy.growth': {
        name: 'Tăng trưởng GDP (%)',
        help: 'Tăng trưởng hằng năm; phụ thuộc vào đầu tư, mức tiếp cận thị trường Mỹ, thương mại với Trung Quốc và biển yên.',
      },
      'economy.tradeDependence': {
        name: 'Phụ thuộc đầu vào Trung Quốc',
        help: 'Nhà máy dựa vào linh kiện và nguyên liệu Trung Quốc đến đâu: sức nặng của quan hệ tốt với Bắc Kinh đối với tăng trưởng.',
      },
      'economy.usAccess': {
        name: 'Tiếp cận thị trường Mỹ',
        help: 'Mức mở cửa của thị trường xuất khẩu lớn nhất.',
      },
      'economy.infrastructure': {
        name: 'Hạ tầng',
        help: 'Đường sắt, cảng biển và điện lực, trong đó có tuyến đường sắt liên vận qua biên giới.',
      },
      'economy.rareEarths': {
        name: 'Khai thác đất hiếm',
        help: 'Trữ lượng lớn thứ hai thế giới (theo ước tính năm 2023) đang được khai thác đến đâu, và cùng ai.',
      },
      'sea.tension': {
        name: 'Căng thẳng trên biển',
        help: 'Nhiệt độ trên Biển Đông. Lên đỉnh là xung đột vũ trang.',
      },
      'sea.incidents': {
        name: 'Sự cố trong lượt',
        help: 'Đâm va, vòi rồng, tàu khảo sát: nhiều hơn khi căng thẳng cao.',
      },
      'sea.incidentsTotal': {
        name: 'Sự cố các tháng trước',
        help: 'Mọi sự cố trên biển từ đầu ván đến cuối tháng trước: sự cố của tháng này được cộng khi tháng kết thúc.',
      },
      'sea.presence': {
        name: 'Hiện diện trên biển',
        help: 'Cảnh sát biển, ngư dân và các điểm đóng quân của bạn trên biển.',
      },
      'sea.standing': {
        name: 'Vị thế pháp lý và ngoại giao',
        help: 'Sự ủng hộ dành cho lập trường chủ quyền của bạn: ASEAN, đàm phán Bộ Quy tắc ứng xử (COC), UNCLOS và phán quyết trọng tài năm 2016.',
      },
      'home.mood': {
        name: 'Lòng dân',
        help: 'Mức đồng tình với chính sách đối ngoại. Chạm đáy thì bất ổn.',
      },
      'home.nationalism': {
        name: 'Phẫn nộ dân tộc',
        help: 'Sự phẫn nộ với Trung Quốc: khiến mọi nhượng bộ Bắc Kinh đắt hơn trong nước.',
      },
      'home.legitimacy': {
        name: 'Tính chính danh của Đảng',
        help: 'Theo lòng dân và tăng trưởng; mang lại thêm vốn chính trị mỗi lượt.',
      },
      'home.capital': {
        name: 'Vốn chính trị',
        help: 'Ngân sách cho các hành động trong lượt.',
      },
    },
    tiers: {
      partner: 'Đối tác',
      comprehensive: 'Đối tác toàn diện',
      strategic: 'Đối tác chiến lược',
      'extensive-strategic': 'Đối tác chiến lược sâu rộng',
      'comprehensive-strategic': 'Đối tác chiến lược toàn diện',
    },
    outcomes: {
      master: {
        name: 'Bậc thầy ngoại giao cây tre',
        help: 'Mọi thủ đô vẫn cần bạn, kinh tế tăng trưởng, chủ quyền được giữ vững.',
      },
      survivor: {
        name: 'Uốn mà không gãy',
        help: 'Năm khép lại không sụp đổ, nhưng vài mắt xích còn yếu.',
      },
      isolated: {
        name: 'Bị cô lập',
        help: 'Bạn giữ được thăng bằng bằng cách để một quan hệ đối tác héo mòn.',
      },
      'beijing-orbit': {
        name: 'Bị cuốn vào quỹ đạo Bắc Kinh',
        help: 'Washington và Tokyo giờ coi Hà Nội là nước lệ thuộc Bắc Kinh.',
      },
      'washington-camp': {
        name: 'Bị kéo vào phe Washington',
        help: 'Bắc Kinh giờ coi Hà Nội là một phần của liên minh chống lại họ.',
      },
      'armed-clash': {
        name: 'Xung đột vũ trang trên biển',
        help: 'Căng thẳng trên Biển Đông bùng thành nổ súng.',
      },
      unrest: { name: 'Bất ổn trong nước', help: 'Lòng dân quay lưng với giới lãnh đạo.' },
      'economic-crisis': { name: 'Khủng hoảng kinh tế', help: 'Tăng trưởng sụp đổ.' },
      satellite: {
        name: 'Chư hầu của Bắc Kinh',
        help: 'Bạn đánh mất quyền tự chủ vào tay Bắc Kinh.',
      },
      frontline: {
        name: 'Nước tiền đồn',
        help: 'Bạn đánh mất quyền tự chủ vào tay phe Mỹ và một mình đối mặt Trung Quốc ở tuyến đầu.',
      },
    },
    /** A pull toward a usual level, when it pulled the gauge up (the plain label says it eases). */
    rulesUp: {
      calm: 'Căng thẳng nhích trở lại mức thường lệ',
      'nationalism-fades': 'Phẫn nộ dân tộc trở lại mức thường lệ',
    },
    rules: {
      'new-turn': 'Lượt mới: số sự cố đếm lại từ đầu',
      'capital-income': 'Thu nhập của lượt (nhiều hơn khi Đảng được coi là chính danh)',
      'capital-growth':
        'Vốn nhờ tăng trưởng cao hơn nhịp thường lệ (kinh tế chững lại thì mất bớt)',
      'capital-upkeep': 'Hao hụt: mỗi lượt, một phần số vốn vượt ngưỡng tan biến',
      capitulation: 'Dư luận thấy những nhượng bộ với Bắc Kinh',
      lean: 'Độ nghiêng mà các quyết định và sự kiện lượt này phát đi',
      'drift-fades': 'Lực hút của các cực phai dần theo thời gian',
      'rival-lean': 'Bạn đã nghiêng về đối thủ của họ',
      reassured: 'Bạn đã trấn an họ',
      'suspicion-fades': 'Nghi ngại phai dần theo thời gian',
      'drift-far-pole': 'Bạn đã ngả quá xa khỏi họ',
      'taken-for-granted': 'Bạn ngả về họ quá gần nên họ coi sự ủng hộ của bạn là điều hiển nhiên',
      suspicion: 'Nghi ngại của họ đang bào mòn quan hệ',
      'patience-wears': 'Nghi ngại đang làm họ cạn dần kiên nhẫn',
      'patience-returns': 'Kiên nhẫn trở lại khi nghi ngại thấp',
      incidents: 'Sự cố trên biển',
      tally: 'Cộng vào số sự cố của năm',
      calm: 'Căng thẳng dịu dần về mức thường lệ',
      'investment-follows-trust': 'Đầu tư đi theo lòng tin chính trị',
      'market-follows-trust': 'Tiếp cận thị trường theo quan hệ với Washington',
      economy: 'Tăng trưởng tiến về mức mà đầu tư, thương mại và biển yên cho phép',
      mood: 'Lòng dân theo tình hình kinh tế',
      legitimacy: 'Tính chính danh theo lòng dân và tăng trưởng',
      'nationalism-fades': 'Phẫn nộ dân tộc nguôi dần theo thời gian',
      credibility:
        'Bạn ve vãn cả họ lẫn đối thủ của họ cùng một tháng: không bên nào còn tin lời hứa của bạn',
      'red-line':
        'Một lằn ranh đỏ của chính sách “bốn không” đã bị vượt qua: nghi ngại nó để lại không phai, và Đảng phải trả giá',
      neglect: 'Bị bỏ lơ trong tháng này, quan hệ nguội đi (càng nồng ấm càng nguội nhanh)',
      'rivals-warmth':
        'Hà Nội đã quá thân với các đối thủ của họ: họ coi sự nồng ấm đó là nghiêng xa khỏi mình',
      postponed: 'Một chuyến thăm bị hoãn: sự phật ý lộ rõ',
      'called-off': 'Một chuyến thăm bị hủy: sự phật ý lộ rõ',
    },
    categories: {
      summitry: 'Thượng đỉnh',
      economy: 'Kinh tế',
      sea: 'Biển',
      home: 'Trong nước',
    },
    groups: {
      relations: 'Quan hệ',
      suspicion: 'Nghi ngại',
      autonomy: 'Tự chủ',
      economy: 'Kinh tế',
      sea: 'Biển',
      home: 'Trong nước',
    },
  },
  cli: {
    summary: {
      scenario: (title: string, id: string, hash: string) => `${title} (${id}, nội dung ${hash})`,
      seed: (seed: string) => `mã “${seed}”`,
      policy: (policy: string) => `, chiến lược ${policy}`,
      player: (player: string) => `, người chơi ${player}`,
      ended: (turn: string, decisions: number, outcome: string) =>
        `kết thúc vào ${inSentence(turn)} sau ${decisions} quyết định: ${outcome}`,
      stopped: (turn: string, decisions: number, outcome: string) =>
        `dừng ở ${inSentence(turn)} sau ${decisions} quyết định: ${outcome}`,
      notOver: 'chưa kết thúc',
      collapse: ' (sụp đổ)',
      turn: (n: number) => `lượt ${n}`,
      score: (score: number) => `điểm cây tre ${score}`,
      tiers: (list: string) => `cấp quan hệ: ${list}`,
      stateHash: (hash: string) => `mã băm trạng thái ${hash}`,
    },
    i18n: {
      heading: (locale: string, name: string) => `${locale} (${name})`,
      ui: (translated: number, total: number) =>
        `  giao diện: đã dịch ${translated}/${total} văn bản`,
      missing: (n: number) => `    còn thiếu (hiện bằng tiếng Anh): ${n}`,
      untranslated: (n: number) => `    để nguyên tiếng Anh: ${n}`,
      unknown: (n: number) => `    khóa không có trong bản tiếng Anh: ${n}`,
      scenario: (id: string, translated: number, total: number) =>
        `  kịch bản ${id}: đã dịch ${translated}/${total} văn bản`,
      source: 'ngôn ngữ gốc',
      allDone: 'mọi ngôn ngữ đều đầy đủ',
      incomplete: (n: number) => `${n} văn bản còn thiếu hoặc để nguyên tiếng Anh`,
    },
  },
  view: {
    turnFallback: (n: number) => `Lượt ${n}`,
    laterReport: (citation: string) => `${citation} (đưa tin sau đó)`,
    approxDate: (date: string) => `khoảng ${date}`,
    links: {
      launch: {
        replay: (why: string) => `Không mở được liên kết bản ghi này: ${why}`,
        escape: 'Liên kết trò chơi bị hỏng (mã %-escape sai).',
        seedOnly: 'Liên kết có mã ngẫu nhiên nhưng không có kịch bản.',
        scenario: (id: string) => `Liên kết không chỉ tới kịch bản hợp lệ nào (“${id}”).`,
        seed: (length: number, max: number) =>
          `Mã ngẫu nhiên trong liên kết dài ${length} ký tự; tối đa là ${max}.`,
        classCode: (why: string) => `Mã lớp trong liên kết bị sai: ${why}`,
        classScenario: (code: string, scenario: string) =>
          `Mã lớp ${code} không dành cho kịch bản “${scenario}”: hãy xin thầy cô gửi lại liên kết.`,
      },
      replay: {
        empty: 'liên kết không chứa bản ghi nào',
        tooLong: (length: number, max: number) =>
          `bản ghi trong liên kết dài ${length} ký tự; bản ghi chia sẻ tối đa ${max} ký tự`,
        characters: 'liên kết bị hỏng: có ký tự mà bản ghi không bao giờ dùng',
        unpack: 'liên kết bị hỏng: không giải nén được bản ghi',
      },
      classCode: {
        empty: 'hãy nhập mã lớp thầy cô đã đưa',
        length: (chars: number, length: number) =>
          `mã lớp có ${chars} ký tự, như 7KQ-M3XP; mã này có ${length}`,
        character: (c: string) => `mã lớp không có ký tự “${c}”`,
        check: 'mã lớp này gõ sai: hãy đối chiếu từng ký tự với thầy cô',
      },
    },
    monthShort: (month: number) => `T${month}`,
    playedWhen: {
      done: (when: string) => `đã làm ${when}`,
      turn: (unit: string, n: number) => `${unit} ${n}`,
      rests: (turns: number) => `nghỉ ${turns}`,
      join: ' · ',
      resting: (when: string, turns: number) =>
        `Đã dùng vào ${when}, phải chờ thêm ${turns} lượt nữa mới dùng lại được.`,
      onceAGame: (when: string) => `Đã dùng vào ${when}: mỗi ván chỉ một lần.`,
    },
    blockTag: {
      played: 'đã dùng',
      notDealt: 'ngoài tay bài',
      locked: 'chưa mở',
      eventFirst: 'trả lời sự kiện trước',
      over: 'ván chơi đã kết thúc',
    },
    block: {
      onceAGame: 'Đã dùng: mỗi ván chỉ một lần.',
      thisTurn: (unit: string) => `Đã thực hiện trong ${unit} này.`,
      resting: (turns: number) =>
        `Vừa dùng gần đây, phải chờ thêm ${turns} lượt nữa mới dùng lại được.`,
      notDealt: (unit: string) => `Không có trong tay ${unit} này.`,
      tooExpensive: (cost: number, capital: number) =>
        `Tốn ${cost} vốn chính trị; bạn có ${capital}.`,
      unmet: (parts: string) => `${parts.charAt(0).toUpperCase()}${parts.slice(1)}.`,
      notAllowed: 'Điều kiện (thời điểm, cấp quan hệ hoặc tình hình) chưa đủ.',
      answerFirst: 'Hãy trả lời sự kiện đang chờ trước.',
      over: 'Ván chơi đã kết thúc.',
    },
    conditions: {
      atLeast: (name: string, v: number, now: number) =>
        `${name} phải đạt ít nhất ${v} (hiện ${now})`,
      atMost: (name: string, v: number, now: number) => `${name} phải không quá ${v} (hiện ${now})`,
      opens: (turn: string) => `mở từ ${inSentence(turn)}`,
      closed: (turn: string) => `đóng sau ${inSentence(turn)}`,
      tierFirst: (power: string, tier: string) => `quan hệ với ${power} phải đạt trước: ${tier}`,
      tierAlready: (power: string, tier: string) => `quan hệ với ${power} đã ở mức: ${tier}`,
      after: (action: string) => `chỉ sau “${action}”`,
      before: (action: string) => `chỉ trước “${action}”`,
      sameTurn: (action: string, unit: string) => `chỉ trong cùng ${unit} với “${action}”`,
      leaned: (power: string, unit: string) => `chỉ khi ${unit} này đã nghiêng về ${power}`,
      notLeaned: (power: string, unit: string) => `chỉ khi ${unit} này chưa nghiêng về ${power}`,
      story: 'chỉ sau một diễn biến trước đó',
      tooLate: 'không còn khả thi sau những gì đã xảy ra',
      storyAfter: (what: readonly string[]) => `chỉ sau khi ${what.join(' hoặc ')}`,
      tooLateAfter: (what: readonly string[]) => `không còn khả thi một khi ${what.join(' hoặc ')}`,
      decisionNamed: (title: string) => `bạn đã chọn “${title}”`,
      answerNamed: (event: string, choice: string) =>
        `bạn đã trả lời “${event}” bằng phương án “${choice}”`,
      eventNamed: (event: string) => `“${event}” đã xảy ra`,
      oneOf: (options: readonly string[]) => `một trong: ${options.join('; hoặc ')}`,
      more: (n: number) => `và ${n} điều kiện khác (xem trước lá bài để thấy đủ)`,
      join: '; ',
      and: ' và ',
    },
    causes: {
      action: (title: string) => `Bạn: ${title}`,
      choice: (event: string, choice: string) => `Bạn trả lời “${event}”: ${choice}`,
      answer: (choice: string) => `Bạn trả lời: ${choice}`,
    },
    closes: (event: string, choice: string) => `“${event}”: “${choice}”`,
    trendSince: {
      start: 'kể từ đầu ván',
      // "Tháng 2 năm 2023" đứng giữa câu: viết thường chữ đầu.
      turn: (turn: string) => `kể từ đầu ${turn.charAt(0).toLowerCase()}${turn.slice(1)}`,
    },
    /** Gợi ý của nút Hoàn tác: nó sẽ rút lại điều gì, hoặc vì sao lúc này không dùng được. */
    undo: {
      card: (title: string) => `Hoàn tác rút lại lá bài “${title}” và trả lại vốn đã tiêu.`,
      answer: (event: string, choice: string) =>
        `Hoàn tác rút lại câu trả lời “${choice}” cho “${event}”: sự kiện sẽ hỏi lại.`,
      nothing: 'Chưa có gì để hoàn tác: bạn chưa đưa ra quyết định nào.',
      turnEnded: (unit: string) =>
        `Không có gì để hoàn tác: ${unit} mới đã bắt đầu, việc kết thúc ${unit} trước không thể rút lại.`,
      chance: (what: string) =>
        `Quyết định vừa rồi (${what}) đã gieo xúc xắc nên không thể rút lại: hoàn tác không bao giờ cho gieo lại.`,
    },
    /** Các lằn ranh đỏ của học thuyết (“bốn không”): tên, quyết định sẽ vượt lằn ranh, các lằn ranh đang bị vượt. */
    redLines: {
      names: {
        'no-alliances': 'không tham gia liên minh quân sự',
        'no-foreign-bases': 'không cho nước ngoài đặt căn cứ quân sự',
        'no-siding': 'không liên kết với nước này để chống nước kia',
        'no-force': 'không sử dụng vũ lực',
      } as Readonly<Record<string, string>>,
      floor: (power: string, floor: string) => `${power} ${floor}`,
      crosses: (
        name: string,
        floors: readonly string[],
        legitimacy: string,
        unit: string,
        chance: string | null,
      ) =>
        `${chance === null ? 'Vượt' : `Có thể vượt (khả năng ${chance})`} lằn ranh đỏ của chính sách “bốn không” — ${name}: khi lằn ranh còn bị vượt, ${floors.length > 0 ? `mức nghi ngại không thể xuống dưới mức sàn (${floors.join(', ')}), và ` : ''}tính chính danh ${legitimacy} mỗi ${unit}.`,
      standing: (names: readonly string[]) =>
        `${names.length === 1 ? 'Lằn ranh đỏ đã bị vượt' : 'Các lằn ranh đỏ đã bị vượt'}: ${names.join('; ')}.`,
    },
    ruptured: (was: string) => `đã đổ vỡ (trên giấy tờ: ${was})`,
    again: (title: string) => `${title}, lại một lần nữa`,
    againText: (times: number) =>
      times === 2
        ? 'Chuyện này xảy ra lần thứ hai trong năm.'
        : `Chuyện này xảy ra lần thứ ${times} trong năm.`,
    warnings: {
      heading: 'Cảnh báo',
      nearBand: (drift: string, band: string) =>
        `Độ nghiêng ${drift}: sắp ra khỏi vùng an toàn (±${band}).`,
      outsideBand: (drift: string, band: string) =>
        `Độ nghiêng ${drift} đã ra khỏi vùng an toàn (±${band}): thủ đô bên kia bắt đầu trừng phạt bạn.`,
      autonomy: (drift: string, lost: string) =>
        `Độ nghiêng ${drift}: đến ±${lost} bạn mất quyền tự chủ và ván chơi kết thúc.`,
      rupture: (power: string, value: string, floor: string) =>
        `Quan hệ với ${power} ở mức ${value}: đến ${floor} là đổ vỡ.`,
      unrest: (value: string, floor: string) =>
        `Lòng dân ở mức ${value}: đến ${floor} là bất ổn trên đường phố.`,
      clash: (value: string, ceiling: string) =>
        `Căng thẳng trên biển ở mức ${value}: đến ${ceiling} là nổ súng (xung đột vũ trang).`,
      crisis: (value: string, floor: string) =>
        `Tăng trưởng ở mức ${value}: đến ${floor} là khủng hoảng kinh tế.`,
      short: {
        nearBand: (drift: string, band: string) => `Độ nghiêng ${drift}: sát mép (±${band})`,
        outsideBand: (drift: string, band: string) =>
          `Độ nghiêng ${drift}: ngoài vùng an toàn (±${band})`,
        autonomy: (drift: string, lost: string) => `Độ nghiêng ${drift}: mất tự chủ ở ±${lost}`,
        rupture: (power: string, value: string, floor: string) =>
          `${power} ${value}: đổ vỡ ở ${floor}`,
        unrest: (value: string, floor: string) => `Lòng dân ${value}: bất ổn ở ${floor}`,
        clash: (value: string, ceiling: string) => `Căng thẳng ${value}: nổ súng ở ${ceiling}`,
        crisis: (value: string, floor: string) => `Tăng trưởng ${value}: khủng hoảng ở ${floor}`,
      },
    },
    capitalWords: {
      left: 'còn để tiêu',
      net: (delta: string, unit: string) => `ròng ${delta} ${unit} này`,
      netShort: (delta: string) => `ròng ${delta}`,
      stock: (capital: number, unit: string) =>
        `Còn ${capital} vốn chính trị để tiêu trong ${unit} này; các thẻ bạn chơi được trả từ số vốn đó.`,
      began: (delta: string, unit: string) =>
        `${unit.charAt(0).toLocaleUpperCase('vi-VN')}${unit.slice(1)} này bắt đầu với ${delta} ròng:`,
      income: (delta: string) => `${delta} thu vào (nhiều hơn khi Đảng được coi là chính danh)`,
      growth: (delta: string) => `${delta} nhờ tăng trưởng (kinh tế chững lại thì mất bớt)`,
      upkeep: (delta: string, share: number, from: number) =>
        `${delta} hao hụt: ${shareWordVi(share)} phần vốn vượt quá ${from} tan biến`,
      other: (delta: string, label: string) => `${delta} ${label}`,
    },
    forecast: {
      standing: (score: string, weakest: string, value: string) =>
        `Hiện tại: điểm cây tre ${score} nếu năm kết thúc hôm nay; quan hệ yếu nhất là với ${weakest} (${value}).`,
      baseline: 'không làm gì thêm',
      spread: (median: string, low: string, high: string) => `${median} (${low} đến ${high})`,
      against: (delta: string, baseline: string) => `; ${delta} so với ${baseline}`,
      aboutEqual: (baseline: string) => `; gần như nhau so với ${baseline}`,
      score: (spread: string, diff: string) => `Điểm cây tre cuối năm: ${spread}${diff}`,
      collapse: (chance: string, which: string, diff: string) =>
        `Khả năng sụp đổ: ${chance}${which ? ` (${which})` : ''}${diff}`,
      paired: (baseline: string, better: string, worse: string) =>
        `So từng tương lai với ${baseline}: tốt hơn ở ${better}, kém hơn ở ${worse}`,
      riskAgainst: (points: string, baseline: string) => `; ${points}/100 so với ${baseline}`,
      endings: (list: string) => `Kết cục dễ xảy ra nhất: ${list}`,
      relations: (list: string) => `Quan hệ cuối năm: ${list}`,
      rest: (drift: string, growth: string, tension: string, mood: string) =>
        `Độ nghiêng ${drift}, tăng trưởng ${growth}%, căng thẳng trên biển ${tension}, lòng dân ${mood}`,
      ways: {
        line: (lean: string, slip: string, idle: string) =>
          `Chơi theo lối của bạn, tính cả lựa chọn này: ${lean}, ${slip}, ${idle}`,
        even: 'cân bằng',
        toward: (capital: string) => `nghiêng về ${capital}`,
        slip: (share: string) => `${share} quyết định tùy hứng`,
        idle: (share: string) => `${share} số tháng không chơi thẻ nào`,
        pace: (cards: string) => `số thẻ mỗi tháng: ${cards}`,
        alone: (capital: string, share: string) => `bỏ ngỏ ${capital} trong ${share} số tháng`,
      },
    },
    sliding: {
      cliff: {
        rupture: 'đổ vỡ quan hệ',
        unrest: 'bất ổn',
        clash: 'xung đột vũ trang',
        crisis: 'khủng hoảng kinh tế',
        autonomy: 'mất tự chủ',
      },
      line: (name: string, value: string, rate: string, over: string, unit: string) =>
        `${name} đang trượt dốc: ${value}, ${rate} mỗi ${unit} trong ${over} ${unit} qua`,
      reach: (cliff: string, at: string, when: string) =>
        `; cứ đà này ${cliff} (${at}) vào cuối ${inSentence(when)}`,
      chance: (share: string) => ` (xảy ra trong ${share} số tương lai chơi theo cách của bạn)`,
      chanceNone: ', dù không tương lai nào chơi theo cách của bạn đi đến mức đó',
    },
    signals: (powers: readonly string[]) => `Phát tín hiệu nghiêng về ${powers.join(' và ')}`,
    scoreChange: {
      headingOf: (delta: string, unit: string) => `Điểm ${delta} khi ${unit} kết thúc: vì sao`,
      month: (from: string, to: string, moves: string, end: string, unit: string) =>
        `Điểm ${from} → ${to} trong ${unit}: ${moves} nhờ các quyết định của bạn, ${end} khi ${unit} kết thúc`,
      part: (part: string, delta: string, gauges: string, unit: string) =>
        `${part} ${delta}${gauges ? ` (${gauges}, lúc cuối ${unit})` : ''}`,
      parts: {
        weakestLink: 'Quan hệ yếu nhất của bạn',
        relations: 'Quan hệ trung bình',
        growth: 'Tăng trưởng',
        sovereignty: 'Chủ quyền trên biển',
        stability: 'Ổn định trong nước',
        autonomy: 'Tự chủ (độ nghiêng)',
      },
    },
    replay: {
      endOf: (turn: string) => `Cuối ${inSentence(turn)}: các cường quốc phản ứng`,
      startOf: (turn: string) => `Đầu ${inSentence(turn)}`,
    },
    compare: {
      partnership: (power: string) => `Quan hệ đối tác với ${power}`,
    },
    classTable: {
      invalid: {
        unreadable: 'không đọc được',
        'too-big': 'quá lớn để là bản ghi',
        'not-json': 'không phải tệp bản ghi',
        format: 'không phải tệp bản ghi',
        'engine-version': 'phiên bản trò chơi khác',
        malformed: 'tệp bị hỏng',
        'wrong-scenario': 'kịch bản khác với của lớp',
        'wrong-seed': 'mã khác với của lớp',
        'unknown-scenario': 'chưa cài kịch bản này',
        scenario: 'phiên bản kịch bản khác',
        'illegal-action': 'đã bị sửa: có quyết định trái luật',
        checkpoint: 'đã bị sửa: một tháng không chơi lại được',
        final: 'đã bị sửa: kết cục không chơi lại được',
      },
      notHistory: ' (≠ lịch sử)',
      differs: ' (khác với lịch sử)',
      unfinished: 'Chưa xong',
      finished: 'Đã xong',
      stopped: (played: number, of: number) => `Dừng sau ${played}/${of} tháng`,
      collapsed: (month: string) => `Sụp đổ vào ${inSentence(month)}`,
      month: (n: number) => `tháng ${n}`,
      beyondBots: (bot: string, ceiling: string) =>
        `vượt mọi bot — hãy hỏi em làm thế nào (bot giỏi nhất, ${bot}: ${ceiling} ở bách phân vị 90 với mã này)`,
      unfinishedLabel: 'chưa xong: không xếp hạng',
      copyLabel: 'trùng ván với một tệp khác',
      copyDetail: (files: readonly string[]) =>
        `cùng quyết định hoặc cùng trạng thái cuối với ${files.join(', ')}`,
      claimLabel: 'kết cục ghi trong tệp không khớp với việc chơi lại',
      botLabel: 'ván do bot chơi',
      botDetail: (bot: string, stated: boolean) =>
        stated
          ? `tệp ghi rằng ván do bot “${bot}” chơi`
          : `từng quyết định trùng với ván bot “${bot}” chơi với mã này`,
      claim: {
        score: (claimed: string, actual: string) => `tệp ghi ${claimed}, chơi lại cho ${actual}`,
        outcome: (claimed: string, actual: string) =>
          `tệp ghi kết cục “${claimed}”, chơi lại cho “${actual}”`,
        over: (claimedOver: boolean) =>
          claimedOver
            ? 'tệp ghi ván đã xong, nhưng chơi lại thì chưa kết thúc'
            : 'tệp ghi ván chưa xong, nhưng chơi lại thì đã kết thúc',
        turn: (claimed: number, actual: number) =>
          `tệp ghi tháng ${claimed}, chơi lại đến tháng ${actual}`,
      },
      none: 'không có',
      mixed: (n: number) =>
        `Các tệp này thuộc ${n} kịch bản hoặc mã ngẫu nhiên khác nhau nên điểm không so sánh được: hãy nhập mã lớp.`,
    },
    paths: {
      drift: 'Độ nghiêng (− về một cực, + về cực kia)',
      score: 'Điểm cây tre',
      history: 'Con đường lịch sử',
      start: 'Đầu ván',
    },
    save: {
      cannotContinue: (reason: string, kept: boolean) =>
        `Không thể chơi tiếp ván đã lưu: ${reason}. ${kept ? 'Không có gì bị xóa: ván đó đã được cất riêng, và mục “Ván đã cất riêng” ở màn hình chính cho phép tải nó xuống dưới dạng bản ghi.' : 'Không thể cất riêng ván đó (bộ nhớ đã đầy), nên trò chơi sẽ không ghi đè lên nó: hãy tải nó xuống từ màn hình chính, rồi quyết định.'}`,
      why: {
        engine: (made: string, runs: string) =>
          `luật chơi đã thay đổi kể từ khi ván được lưu (phiên bản ${made} → ${runs})`,
        scenario: (id: string, made: string, now: string) =>
          `kịch bản “${id}” đã thay đổi kể từ khi ván được lưu (mã nội dung ${made} → ${now})`,
        both: (engine: string, scenario: string) => `${engine}, và ${scenario}`,
        missing: (id: string) => `trò chơi này không có kịch bản “${id}” của ván đó`,
        noReplay: (detail: string) => `các quyết định của ván không còn chơi lại được (${detail})`,
        damaged: (detail: string) => `bản lưu bị hỏng hoặc không phải ván đã lưu (${detail})`,
      },
      held: 'Ván của bạn đang không được lưu: một bản lưu không đọc được đang chắn chỗ và không thể cất riêng. Hãy tải nó xuống từ màn hình chính, rồi để trò chơi ghi đè.',
      storage: {
        unavailable:
          'Trình duyệt này không cho trò chơi giữ dữ liệu, nên ván chơi sẽ mất khi đóng thẻ. Hãy tải bản ghi xuống trước khi đóng.',
        full: 'Bộ nhớ của trình duyệt đã đầy, nên các quyết định mới không được lưu. Hãy giải phóng chỗ trống (hoặc tải bản ghi xuống) trước khi đóng thẻ.',
      },
    },
  },
};
