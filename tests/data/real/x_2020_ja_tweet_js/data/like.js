window.YTD.like.part0 = [ {
  "like" : {
    "tweetId" : "1310985065581535232",
    "fullText" : "死んだ目でレポート書きながらメール確認してたらレポートの期限が5日伸びてたことに気が付いて変な声出た",
    "expandedUrl" : "https://twitter.com/i/web/status/1310985065581535232"
  }
}, {
  "like" : {
    "tweetId" : "1306842632379944964",
    "fullText" : "給与金の10万円と函館市の5万円とパンダちゃんのバイト代2ヶ月分で車買った",
    "expandedUrl" : "https://twitter.com/i/web/status/1306842632379944964"
  }
}, {
  "like" : {
    "tweetId" : "1306119841732911104",
    "fullText" : "情報系ドンピシャなコンピュータオタクが行きたかった情報系の学科に行けてないの見るたびに世の理不尽を呪っています 「じゃあ東大来るなよ」というのは確かに反論しづらいし私も情報系に本気で進学するなら京大あたりに行ったとは思うんですが、それとこれとは別じゃないですか?",
    "expandedUrl" : "https://twitter.com/i/web/status/1306119841732911104"
  }
}, {
  "like" : {
    "tweetId" : "1313008609291239426",
    "fullText" : "これくらい簡単に当ててやるからな〜、見てろよ見てろよ〜\n\nこだわりがぎゅっとつまった、ファミマの手巻おむすび！ #ファミマのおいしくなったおむすび @famima_now #ファミマ https://t.co/HpuIkoTOJz",
    "expandedUrl" : "https://twitter.com/i/web/status/1313008609291239426"
  }
}, {
  "like" : {
    "tweetId" : "1308075839376953346",
    "fullText" : "@E31415926 本当にありがとうございます！！！！！",
    "expandedUrl" : "https://twitter.com/i/web/status/1308075839376953346"
  }
}, {
  "like" : {
    "tweetId" : "1310463846113447937",
    "fullText" : "@kokizamurai1 @E31415926 あーじゃあお願いしようかな",
    "expandedUrl" : "https://twitter.com/i/web/status/1310463846113447937"
  }
}, {
  "like" : {
    "tweetId" : "1304952122476130304",
    "fullText" : "https://t.co/S6nKn5gSUs",
    "expandedUrl" : "https://twitter.com/i/web/status/1304952122476130304"
  }
}, {
  "like" : {
    "tweetId" : "1310463337134612480",
    "fullText" : "@E31415926 リアルで知ってる人間はおらんのよね…\n下の学年側からアクションあったらそっちに繋げますわ〜",
    "expandedUrl" : "https://twitter.com/i/web/status/1310463337134612480"
  }
}, {
  "like" : {
    "tweetId" : "1302904631521996800",
    "fullText" : "これは言ってないんだけど寿司は普通に僕の金なんだよな https://t.co/Ltik4EzpXE",
    "expandedUrl" : "https://twitter.com/i/web/status/1302904631521996800"
  }
}, {
  "like" : {
    "tweetId" : "1307368648131051522",
    "fullText" : "23 位、金メダルです！！！！！\n「3 度目の金」の夢がかないました！！！！！ https://t.co/3tG6AogOIP",
    "expandedUrl" : "https://twitter.com/i/web/status/1307368648131051522"
  }
}, {
  "like" : {
    "tweetId" : "1307340085889699840",
    "fullText" : "「ソードアート・オンライン プログレッシブ」アニメプロジェクト始動！\nビジュアルと告知映像を公開！\n\n公式サイト：https://t.co/rivYvY6aHD\n告知映像：https://t.co/Ci62vkSWRE\n\n#sao_anime https://t.co/c3zQzQKlkN",
    "expandedUrl" : "https://twitter.com/i/web/status/1307340085889699840"
  }
}, {
  "like" : {
    "tweetId" : "1310463729511800833",
    "fullText" : "@txnxcrf1 @E31415926 部活の後輩が下の学年にいるので連絡しようか",
    "expandedUrl" : "https://twitter.com/i/web/status/1310463729511800833"
  }
}, {
  "like" : {
    "tweetId" : "1313483838673256451",
    "fullText" : "すみませんすみませんすみませんすみませんすみませんすみませんすみませんすみませんすみませんすみませんすみませんすみませんすみませんすみませんすみませんすみませんすみませんすみませんすみませんすみませんすみませんすみませんすみませんすみませんすみませんすみませんすみませんすみません https://t.co/DFq1d7hZYt",
    "expandedUrl" : "https://twitter.com/i/web/status/1313483838673256451"
  }
}, {
  "like" : {
    "tweetId" : "1315925635307462656",
    "fullText" : "え、マジで就活無理な気がしてきた　逆求人運営の指導見ると",
    "expandedUrl" : "https://twitter.com/i/web/status/1315925635307462656"
  }
}, {
  "like" : {
    "tweetId" : "1311621381679972352",
    "fullText" : "文章纏める能力皆無　合掌 (@ 地球惑星環境学科3年生室 in 文京区, 東京都) https://t.co/RyLqT9v5Ni https://t.co/zZb1P87NL4",
    "expandedUrl" : "https://twitter.com/i/web/status/1311621381679972352"
  }
}, {
  "like" : {
    "tweetId" : "1315641733275811841",
    "fullText" : "athletics、atcoderの競合かと思ってたけどatcoderに連携できるな　どういう関係なんだ？？？",
    "expandedUrl" : "https://twitter.com/i/web/status/1315641733275811841"
  }
}, {
  "like" : {
    "tweetId" : "1311030195004923905",
    "fullText" : "これのせいでレポート書く気が失せてしまった",
    "expandedUrl" : "https://twitter.com/i/web/status/1311030195004923905"
  }
}, {
  "like" : {
    "tweetId" : "1304591862968340486",
    "fullText" : "サブスク https://t.co/VFeA5S5fnM",
    "expandedUrl" : "https://twitter.com/i/web/status/1304591862968340486"
  }
}, {
  "like" : {
    "tweetId" : "1315899385385897984",
    "fullText" : "え、逆求人に軽率に応募したら結構ガチに就活だった　ガチな就活始まる",
    "expandedUrl" : "https://twitter.com/i/web/status/1315899385385897984"
  }
}, {
  "like" : {
    "tweetId" : "1312971540837756930",
    "fullText" : "「Flight Simulator」のVR版がクローズドベータ開始 https://t.co/s94qszXY7m https://t.co/Xf17cEqOCA",
    "expandedUrl" : "https://twitter.com/i/web/status/1312971540837756930"
  }
}, {
  "like" : {
    "tweetId" : "1312802315061977090",
    "fullText" : "うーん、レポートどうすれば良いのかわからん\n敗北\n\nやっぱりメンタル的な部分で大学のお勉強には向いてなかったか\n\n山小屋の番をしつつたまにくる知り合いとTRPGをしたい、静かに暮らしたいよ",
    "expandedUrl" : "https://twitter.com/i/web/status/1312802315061977090"
  }
}, {
  "like" : {
    "tweetId" : "1303535451974688769",
    "fullText" : "中央構造線 https://t.co/jL9hsqwwNQ",
    "expandedUrl" : "https://twitter.com/i/web/status/1303535451974688769"
  }
}, {
  "like" : {
    "tweetId" : "1318010435560353792",
    "fullText" : "【悲報】\n\n一生懸命選考を受けていた企業、三親等内に勤めている親戚がいるためどう足掻いても採用されないことが発覚",
    "expandedUrl" : "https://twitter.com/i/web/status/1318010435560353792"
  }
}, {
  "like" : {
    "tweetId" : "1310857681721147392",
    "fullText" : "学部で授業取りすぎちゃうと、大学院に入った時取れる授業がなくなって必要な単位数に足りないみたいになることもあるらしいと言われたんだが",
    "expandedUrl" : "https://twitter.com/i/web/status/1310857681721147392"
  }
}, {
  "like" : {
    "tweetId" : "1302857570462228483",
    "fullText" : "実行時 modint，\ntemplate &lt;int&amp; Mod&gt;\nstruct modint;\n\nint main() {\n  static int mod;\n  cin &gt;&gt; mod;\n  using mint = modint&lt;mod&gt;;\n}\nでいいらしい（今まで一体何を…）",
    "expandedUrl" : "https://twitter.com/i/web/status/1302857570462228483"
  }
}, {
  "like" : {
    "tweetId" : "1289257194295189504",
    "fullText" : "やっぱり美味しい https://t.co/tyQwPpDq83",
    "expandedUrl" : "https://twitter.com/i/web/status/1289257194295189504"
  }
}, {
  "like" : {
    "tweetId" : "1293026263871807495",
    "fullText" : "お金持ちの家庭教師先に焼肉屋さん連れてってもらえることになったので珍しく東大生で良かったってなってる",
    "expandedUrl" : "https://twitter.com/i/web/status/1293026263871807495"
  }
}, {
  "like" : {
    "tweetId" : "1288442850409984000",
    "fullText" : "めちゃくちゃ簡単に上手いことできてビックリします\n\n【レンジで‼️牛肉のたたき】\n\nマイクロ波の「塩分が多い部分に集中する」特性、加熱ムラを逆手に取ったレシピ\n\nフライパンだと火加減、分数の調節が難しいですが、レンジは重さと時間さえ守れば誰でも失敗無くできます！\n\nタレが美味しいんで是非 https://t.co/fcUmnYTrpm",
    "expandedUrl" : "https://twitter.com/i/web/status/1288442850409984000"
  }
}, {
  "like" : {
    "tweetId" : "1287006615174959106",
    "fullText" : "ac-adapter-rs に modint2 を追加しました。従来の modint はいずれ消す予定です。それにしても、今回はかなり頑張りましたから、実装になんと 3 時間もかかってしまいました。ドキュメントを公開したいのですが、技術力さんですから、トップページのスクリーンショットです。\nhttps://t.co/05RktCMgaa https://t.co/KqzpFYdDl3",
    "expandedUrl" : "https://twitter.com/i/web/status/1287006615174959106"
  }
}, {
  "like" : {
    "tweetId" : "1292062748981882882",
    "fullText" : "袋いりますか？だけでいいだろうとは思う。あと袋いるって聞かれた後に、どのサイズにしますかとか必ず聞いてくるけど、そんなもん分かるわけないだろ、お任せ以外の選択肢があるのかと言いたい。こんなこと言うのも狭量やなとは思うんだけど、毎度毎度だとさすがに心がすり減る(´･_･`)",
    "expandedUrl" : "https://twitter.com/i/web/status/1292062748981882882"
  }
}, {
  "like" : {
    "tweetId" : "1301174651968659456",
    "fullText" : "僕の動画ではAtCoderSTLは使わないと思います。IOI/JOIがライブラリを持ち込めるようになるまでは、実況も同じ条件でやっていくつもりです。私の競プロのルーツはJOIという思い入れもあり、不利…\n\n続きは質問箱へ \n\n#Peing #質問箱 https://t.co/nKaixXd17s",
    "expandedUrl" : "https://twitter.com/i/web/status/1301174651968659456"
  }
}, {
  "like" : {
    "tweetId" : "1290931059526258688",
    "fullText" : "どこも取ってくれないわ！だって私WEB系の知識がないんだもの！ウッ！ウッ！ウッ！",
    "expandedUrl" : "https://twitter.com/i/web/status/1290931059526258688"
  }
}, {
  "like" : {
    "tweetId" : "1288089063329656833",
    "fullText" : "N社の採用もA社のインターンもチーム開発聞いてきたけど　新卒にチーム開発経験聞いてくる企業全部ブロックするか",
    "expandedUrl" : "https://twitter.com/i/web/status/1288089063329656833"
  }
}, {
  "like" : {
    "tweetId" : "1291209872868913154",
    "fullText" : "「〇〇学科にいるんだから、〇〇のことを学ばなければならない」と考えるのがそもそも間違いであって、〇〇はどうせ学ぶんだから、あとは興味のあることを各自が勝手に学べばよいのである。",
    "expandedUrl" : "https://twitter.com/i/web/status/1291209872868913154"
  }
}, {
  "like" : {
    "tweetId" : "1296639092839440384",
    "fullText" : "AtCoder 橙ですけど情報系学部には遥かに及びません。",
    "expandedUrl" : "https://twitter.com/i/web/status/1296639092839440384"
  }
}, {
  "like" : {
    "tweetId" : "1288003439348215808",
    "fullText" : "楽天市場のポイントを全部消費してから退会したのだけど、注文して商品が届く前に退会したため、注文がキャンセル扱いになりポイントを全て失って、無を得た",
    "expandedUrl" : "https://twitter.com/i/web/status/1288003439348215808"
  }
}, {
  "like" : {
    "tweetId" : "1291020455667613696",
    "fullText" : "oaksは新型コロナには効かないけど、コロナ鬱には効くかも知れない https://t.co/36vBK3zJFQ",
    "expandedUrl" : "https://twitter.com/i/web/status/1291020455667613696"
  }
}, {
  "like" : {
    "tweetId" : "1287762617830793216",
    "fullText" : "海外のゲーム会社あった制度についてのブログを、やっと書き終えました。つっこみ等は気軽にどうぞ！ /　はてなブログに投稿しました #はてなブログ\n海外のゲーム会社であった制度 - じじいのプログラミング\nhttps://t.co/1iG27voyPu",
    "expandedUrl" : "https://twitter.com/i/web/status/1287762617830793216"
  }
}, {
  "like" : {
    "tweetId" : "1288082188601192448",
    "fullText" : "企業、チーム開発経験を重視しまくるけどそんなに不適合者多いんか？",
    "expandedUrl" : "https://twitter.com/i/web/status/1288082188601192448"
  }
}, {
  "like" : {
    "tweetId" : "1287956172633325569",
    "fullText" : "弱い揮発性、とは。",
    "expandedUrl" : "https://twitter.com/i/web/status/1287956172633325569"
  }
}, {
  "like" : {
    "tweetId" : "1288152791249113088",
    "fullText" : "天才なので, 線形摂動近似とCauchy第1運動方程式を1ミリも理解していないのにも関わらず弾性体力学を0300までには討伐出来そう",
    "expandedUrl" : "https://twitter.com/i/web/status/1288152791249113088"
  }
}, {
  "like" : {
    "tweetId" : "1298192291647991808",
    "fullText" : "春合宿のときに物理好きが言ってた「春合宿勢で受験破滅する人いないでしょ」という言葉をたまに思い返しては、受験勉強をする気を奮いおこしてる(破滅一歩手前の人)",
    "expandedUrl" : "https://twitter.com/i/web/status/1298192291647991808"
  }
}, {
  "like" : {
    "tweetId" : "1291205182567530496",
    "fullText" : "https://t.co/bxB2W9qJnYというサイトをご存知でしょうか？Rustのチートシートサイトだけど、たとえばムーブや参照、String系のメモリレイアウトなどがビジュアルで載っていてめっちゃわかりやすい／https://t.co/bxB2W9qJnY https://t.co/FcjQ4IjzWw https://t.co/l38Yh5iQDB",
    "expandedUrl" : "https://twitter.com/i/web/status/1291205182567530496"
  }
}, {
  "like" : {
    "tweetId" : "1295993882384060417",
    "fullText" : "大学でPCR検査受けることになったん草(野外調査3の参加条件)",
    "expandedUrl" : "https://twitter.com/i/web/status/1295993882384060417"
  }
}, {
  "like" : {
    "tweetId" : "1287272717515776001",
    "fullText" : "@nishi_419 よかったです。\nおすすめはまずは LFD103 を受講されるのがいいと思います。あとはメーリス登録、bugzilla読む、好きなコンポーネントのソースを読む、超例解Linuxカーネルプログラミングを読むです。そうするとこここうした方がいいというのが出てくると思います。そういうの見つけたら送るだけです！",
    "expandedUrl" : "https://twitter.com/i/web/status/1287272717515776001"
  }
}, {
  "like" : {
    "tweetId" : "1291916967301939201",
    "fullText" : "FOOOOOOOOO〜(☝ ˘ω˘)☝ https://t.co/nLPrIApayV",
    "expandedUrl" : "https://twitter.com/i/web/status/1291916967301939201"
  }
}, {
  "like" : {
    "tweetId" : "1298989202302853121",
    "fullText" : "大学かなり辞めたくなってきたな\n得たものが少なすぎ",
    "expandedUrl" : "https://twitter.com/i/web/status/1298989202302853121"
  }
}, {
  "like" : {
    "tweetId" : "1300110673171554304",
    "fullText" : "ああああああああああああああああああああ帰れなかったあああああああああああああああああああああああああああああああああああああああああああああああ https://t.co/lAXAFnl0Ok",
    "expandedUrl" : "https://twitter.com/i/web/status/1300110673171554304"
  }
}, {
  "like" : {
    "tweetId" : "1294622521187168256",
    "fullText" : "固体地球科学の最終レポート、違う文書(しかも1ページにも満たない当該レポートの草稿)をlmsで提出していたことが20分ほど前に判明しました。",
    "expandedUrl" : "https://twitter.com/i/web/status/1294622521187168256"
  }
}, {
  "like" : {
    "tweetId" : "1288157204416098307",
    "fullText" : "えっ私東大だし国際ボランティアとかフリーペーパー制作とかやってるし東大だしどの団体でもそこそこの役職についていたりするし東大だしバイトではリーダーやってるし東大なのになんでこんなに落とされるの？？？",
    "expandedUrl" : "https://twitter.com/i/web/status/1288157204416098307"
  }
}, {
  "like" : {
    "tweetId" : "1222047252123770882",
    "fullText" : "https://t.co/5ST5KlX5Dg https://t.co/fX2a8EThXV",
    "expandedUrl" : "https://twitter.com/i/web/status/1222047252123770882"
  }
}, {
  "like" : {
    "tweetId" : "1221826718882660353",
    "fullText" : "あと7時間で6000字書かないと単位落とすの最高にアツい展開",
    "expandedUrl" : "https://twitter.com/i/web/status/1221826718882660353"
  }
}, {
  "like" : {
    "tweetId" : "1223285732996833280",
    "fullText" : "書きたいことはまだまだ山ほどあるのに昔のように勢いに乗って書き飛ばせなくなってきている。パフォーマンスが落ちているというより、細部にものすごく引っかかってしまう。造語一つ取っても、かつては《スターバーストストリーム》とか三秒で考えてそのまま使ったけどいまは三十分悩む",
    "expandedUrl" : "https://twitter.com/i/web/status/1223285732996833280"
  }
}, {
  "like" : {
    "tweetId" : "1221780162213076992",
    "fullText" : "FFT（高速フーリエ変換）の記事を書きました。2週間かかりました。\nわかりやすく説明したので、FFTを諦めていた方もぜひお読みください。https://t.co/x2V6pfStnG",
    "expandedUrl" : "https://twitter.com/i/web/status/1221780162213076992"
  }
}, {
  "like" : {
    "tweetId" : "1223529818374864896",
    "fullText" : "ツーリストが一人だったら…！一人だったらとけたのに！って考えてて一人だよな…てなる",
    "expandedUrl" : "https://twitter.com/i/web/status/1223529818374864896"
  }
}, {
  "like" : {
    "tweetId" : "1222465070468190208",
    "fullText" : "[技術書典8 Day2 あ06]で新刊出します。Verilog&amp;Chisel解説しながらCPU自作やEDK2で作るUEFIブートローダ解説、CTFやvimrcの話を(多分)一冊で！(人々が進捗生みすぎてしまったら二冊になります) #技術書典  | https://t.co/38Ao5XLqOH",
    "expandedUrl" : "https://twitter.com/i/web/status/1222465070468190208"
  }
}, {
  "like" : {
    "tweetId" : "1220844474164604928",
    "fullText" : "自分が「論理的に間違っている！」と思ったものに対して、どう論理的に間違っているかを説明しても大体通じないので、論理は自分の中で使う分には便利だけど、説得材料としては弱いなあ、と思い始めている。\n数学そのものならともかく、自然言語でのやり取りだと、どうしても多少の飛躍はするからなぁ",
    "expandedUrl" : "https://twitter.com/i/web/status/1220844474164604928"
  }
}, {
  "like" : {
    "tweetId" : "1220735321228242947",
    "fullText" : "予定管理はかなりしっかりしないとな人だから\n学科ラインのノートに試験日程把握してる分は全部載せてあるので\nいつやっけって人は見て欲しいし\n万が一間違ってたら指摘もして欲しいな(流石に間違ってたら死ねるけど)",
    "expandedUrl" : "https://twitter.com/i/web/status/1220735321228242947"
  }
}, {
  "like" : {
    "tweetId" : "1223416637279227904",
    "fullText" : "スライド持ち込めないからスライドを手書きのコピーするしかなくねwwo",
    "expandedUrl" : "https://twitter.com/i/web/status/1223416637279227904"
  }
}, {
  "like" : {
    "tweetId" : "1222038902308888577",
    "fullText" : "C言語のお前そんな機能あったのシリーズ https://t.co/qZIUU2hjts",
    "expandedUrl" : "https://twitter.com/i/web/status/1222038902308888577"
  }
}, {
  "like" : {
    "tweetId" : "1220254661896048642",
    "fullText" : "@roentgen a[([]{return 1;}())] バッドノウハウに頼らずに素直に括弧をつけるべき。",
    "expandedUrl" : "https://twitter.com/i/web/status/1220254661896048642"
  }
}, {
  "like" : {
    "tweetId" : "1223155973755301888",
    "fullText" : "冗談なのか本気なのかわかりかねる言語がある。BrainfuckはまあいいとしてVimとかTeXがある。極めつけはdocker\n&gt; 処理系や実行環境とは関係なくどんな言語も対応できるようになります\n・・・そうだな。\nhttps://t.co/7jSSuHMvj5",
    "expandedUrl" : "https://twitter.com/i/web/status/1223155973755301888"
  }
}, {
  "like" : {
    "tweetId" : "1221940981865410560",
    "fullText" : "給付型奨学金『キーエンス財団』｜日本の未来を担う若者の大きな支えになりたい https://t.co/JZt3UZtxc9 https://t.co/hBdecXERYw",
    "expandedUrl" : "https://twitter.com/i/web/status/1221940981865410560"
  }
}, {
  "like" : {
    "tweetId" : "1221066472358723585",
    "fullText" : "ごめんなさい……それレポートではなく、ゴミなんです……ごめんなさい本当に…… https://t.co/EiEfA4OI7M",
    "expandedUrl" : "https://twitter.com/i/web/status/1221066472358723585"
  }
}, {
  "like" : {
    "tweetId" : "1219440836678545408",
    "fullText" : "ワイはなんか途中から何故か「さん」付けされて謎の敬意を持って扱われてたな",
    "expandedUrl" : "https://twitter.com/i/web/status/1219440836678545408"
  }
}, {
  "like" : {
    "tweetId" : "1222464216361140224",
    "fullText" : "6、みんな解けてないから優3割の排除のはずが優上選別問題になってそう",
    "expandedUrl" : "https://twitter.com/i/web/status/1222464216361140224"
  }
}, {
  "like" : {
    "tweetId" : "1222052107127144450",
    "fullText" : "Sセメの数学は過去問を解くことなく突撃したとかいうマジキチムーブだったので、反省を生かして過去問を確認している",
    "expandedUrl" : "https://twitter.com/i/web/status/1222052107127144450"
  }
}, {
  "like" : {
    "tweetId" : "1222357978738618368",
    "fullText" : "同クラ再履勢…留年するなよ…",
    "expandedUrl" : "https://twitter.com/i/web/status/1222357978738618368"
  }
}, {
  "like" : {
    "tweetId" : "1219441374015000576",
    "fullText" : "地方小中における「勉強が飛び抜けてできる存在」ってみんな同じ感じでヒエラルキーの外に置かれるのかと思ってたけど、そんなこともない(いじめに会う場合も多い)ということらしいし僕は運が良かったんやなぁになってり",
    "expandedUrl" : "https://twitter.com/i/web/status/1219441374015000576"
  }
}, {
  "like" : {
    "tweetId" : "1222090290757955584",
    "fullText" : "周囲より出来る位置にいると伸びるタイプ、なんとなくわかる",
    "expandedUrl" : "https://twitter.com/i/web/status/1222090290757955584"
  }
}, {
  "like" : {
    "tweetId" : "1219468539645448192",
    "fullText" : "【今日の夢日記】\nAtCoderコミュニティみたいなサービスを公開した。blogを投稿してコメント出来たりアクセスランキングとかあるやつ。\nそしたら累計ランキング1位に「う し た ぷ に き あ く ん 笑の歴史」みたいなのがずっと鎮座していて、色々言われまくり、サービス終了した。",
    "expandedUrl" : "https://twitter.com/i/web/status/1219468539645448192"
  }
}, {
  "like" : {
    "tweetId" : "1221708413232508932",
    "fullText" : "←本物\n・無限桁の掛け算が一瞬でできる\n\n偽物→\n・中身が全然違う\n・掛け算できない\n・信号入力端子であるはずの入力インピ皆無\n・なにもできない\n・人類の恥\n・描かれてるのはただの再生ボタン\n・バカ https://t.co/mk0VCqzbKs",
    "expandedUrl" : "https://twitter.com/i/web/status/1221708413232508932"
  }
}, {
  "like" : {
    "tweetId" : "1222429542574260224",
    "fullText" : "え、試験始まる時間間違えてて着いたら始まってた　終わりです",
    "expandedUrl" : "https://twitter.com/i/web/status/1222429542574260224"
  }
}, {
  "like" : {
    "tweetId" : "1222177464908013568",
    "fullText" : "ところでこれは今日図書館で借りた本なんですけど、借りる時に「カバーつけたままにしておきますね。最初に借りる人の特権なんですよ。」って言われました。えっ… https://t.co/ljxB66hRb1",
    "expandedUrl" : "https://twitter.com/i/web/status/1222177464908013568"
  }
}, {
  "like" : {
    "tweetId" : "1220120231399415808",
    "fullText" : "ここに来て「a[i]とi[a]が同値である」という、使い道が無いように思われたネタの用途が発生するとは！ https://t.co/qZodm96ijV",
    "expandedUrl" : "https://twitter.com/i/web/status/1220120231399415808"
  }
}, {
  "like" : {
    "tweetId" : "1051652396097519616",
    "fullText" : "叔母の夫が高校の化学教諭していたのだが、定年退職後「今までずっと実験器具を洗ってきたので皿洗いを担当します」と自ら申告してきたのはよかった。しかし洗いかごから出したお椀が濡れていたからといって味噌汁で共洗いしてから味噌汁注いだのはどうかと思うんと叔母から報告が。",
    "expandedUrl" : "https://twitter.com/i/web/status/1051652396097519616"
  }
}, {
  "like" : {
    "tweetId" : "1053133949969477633",
    "fullText" : "買 い ま し た https://t.co/vBODSGXAzK",
    "expandedUrl" : "https://twitter.com/i/web/status/1053133949969477633"
  }
}, {
  "like" : {
    "tweetId" : "1051833227193675776",
    "fullText" : "JavaScript、どうしてこうなったというお気持ち https://t.co/QHcm0Nhw03",
    "expandedUrl" : "https://twitter.com/i/web/status/1051833227193675776"
  }
}, {
  "like" : {
    "tweetId" : "1051771050092941312",
    "fullText" : "10月13日「東京新聞」で民間試験の件。何よりいかがわしいのが「4技能やろうよ」を「4技能【均等】」にすり替えたこと。おかげで英語教育は崩壊状態。そりゃ、そうです。料理作るのに「調味料均等」にしたらゲロゲロご飯になる。大事なのは「分量」と「タイミング」。料理も言葉もデリケートです😛🍴 https://t.co/VsBtHko2l9",
    "expandedUrl" : "https://twitter.com/i/web/status/1051771050092941312"
  }
}, {
  "like" : {
    "tweetId" : "1052455124390596609",
    "fullText" : "この事件はクリスマスにもう一度起きそう… https://t.co/5MXxe734TP",
    "expandedUrl" : "https://twitter.com/i/web/status/1052455124390596609"
  }
}, {
  "like" : {
    "tweetId" : "1052903233755070465",
    "fullText" : "ロシア語やりたかったのに親に反対されてチャイ語にしたという経緯があるのでチャイ語モチベは非常に低い",
    "expandedUrl" : "https://twitter.com/i/web/status/1052903233755070465"
  }
}, {
  "like" : {
    "tweetId" : "1053085947640737793",
    "fullText" : "昨日のやり取りの中で偶然知ったんだけど、「Rational Distance Problem」という問題があって、「単位正方形の各４頂点からの距離が全て有理数になる点が存在するか」という問題で、これは未解決らしい。",
    "expandedUrl" : "https://twitter.com/i/web/status/1053085947640737793"
  }
}, {
  "like" : {
    "tweetId" : "1053136895679459329",
    "fullText" : "UTokyo-WiFiが弱いの、大学の機密情報を漏らさないためにわざとやってるという話を教員がしていたが、それならもっと抜本的な対策をしたほうがいいのでは。。",
    "expandedUrl" : "https://twitter.com/i/web/status/1053136895679459329"
  }
}, {
  "like" : {
    "tweetId" : "1053652254891208704",
    "fullText" : "東工大英語\nぼく｢10文中正しい選択肢は2つ･･･4,6,9のどれか･･･4,6やな！｣\n解答｢1,5やで｣\nぼく｢？？？？？｣",
    "expandedUrl" : "https://twitter.com/i/web/status/1053652254891208704"
  }
}, {
  "like" : {
    "tweetId" : "1052592778256048128",
    "fullText" : "人前どころか家でも音声入力するのちょっと気恥ずかしくて抵抗ある僕がついに音声入力を使う日が来そうですね…(´･_･`) / “Microsoft Research、「息を吸いながら喋る」ことで周囲に気づかれずに音声入力を可能にす…” https://t.co/Mh0vBuiLJc",
    "expandedUrl" : "https://twitter.com/i/web/status/1052592778256048128"
  }
}, {
  "like" : {
    "tweetId" : "1052914620254449665",
    "fullText" : "情報源は分からないけど、これは呆れてしまうね\n東大の募集人数は一年で約3,000人なのに、これじゃ定員割れしてるじゃん！！\n\n出願者数は毎年9,000人でほぼ一定だよ https://t.co/SuF7rENr4k",
    "expandedUrl" : "https://twitter.com/i/web/status/1052914620254449665"
  }
}, {
  "like" : {
    "tweetId" : "1052976766665412608",
    "fullText" : "1. 実装します\n2. テストを書きます\n3. テストをコミットします\n4. 実装をコミットします\n\n🚓👮‍♂️&lt; TDD 偽装の疑いで逮捕する",
    "expandedUrl" : "https://twitter.com/i/web/status/1052976766665412608"
  }
}, {
  "like" : {
    "tweetId" : "1052709780618272769",
    "fullText" : "コンテスト記憶能力といえば、初回参加から100回以上参加したTopCoderのレーティング変化を暗唱できるsky58という人がいまして……。",
    "expandedUrl" : "https://twitter.com/i/web/status/1052709780618272769"
  }
}, {
  "like" : {
    "tweetId" : "1052028181107027969",
    "fullText" : "一風堂創業祭でタダ飯してきた(笑)\n替え玉も付いて無料はデカすぎる https://t.co/FXtaS6RfKt",
    "expandedUrl" : "https://twitter.com/i/web/status/1052028181107027969"
  }
}, {
  "like" : {
    "tweetId" : "1051964933062053888",
    "fullText" : "まさか，何だというのだろう？「高校生代表のuchanさん」はもちろん私のことですよ． https://t.co/2cggvZf5zg",
    "expandedUrl" : "https://twitter.com/i/web/status/1051964933062053888"
  }
}, {
  "like" : {
    "tweetId" : "1052137073618997248",
    "fullText" : "明日は卒論中間発表 https://t.co/5KgYimZpN4",
    "expandedUrl" : "https://twitter.com/i/web/status/1052137073618997248"
  }
}, {
  "like" : {
    "tweetId" : "1053114792418848768",
    "fullText" : "筑波大学情報学群情報科学類AC入試　不合格",
    "expandedUrl" : "https://twitter.com/i/web/status/1053114792418848768"
  }
}, {
  "like" : {
    "tweetId" : "1052804481350434818",
    "fullText" : "秀吉「此度の働き大儀であった。褒美を遣わそう」\n\n家来「はは。今日はsizeof(1)、翌日には倍のsizeof(2)、その翌日には更に倍のsizeof(4)と、日ごとに倍の量のメモリを100日間頂ければと存じます」\n\n秀吉「えっそれ君が思ってるほどメモリ確保できないけど大丈夫？？？」",
    "expandedUrl" : "https://twitter.com/i/web/status/1052804481350434818"
  }
}, {
  "like" : {
    "tweetId" : "1051965699810181120",
    "fullText" : "マイクロソフト創業者 ポール・アレン氏死去 #nhk_news https://t.co/y0qy8JkqZH",
    "expandedUrl" : "https://twitter.com/i/web/status/1051965699810181120"
  }
}, {
  "like" : {
    "tweetId" : "1052816715942309888",
    "fullText" : "会社にて「今度使うサイトなんだけどさ、とりあえず作ってみてよ、\nどんなのでもいいから、とりあえずだから！」という\nオーダーを受けたので頑張って作っている。\n\nなかなかGifアニメとかの「イイ感じ」の素材が集まらんな(´・ω・`) https://t.co/M3i1uPqR0V",
    "expandedUrl" : "https://twitter.com/i/web/status/1052816715942309888"
  }
}, {
  "like" : {
    "tweetId" : "1053268907048415235",
    "fullText" : "【絹】\n@東京：吉祥寺駅から徒歩3分\n\nランチ時に黒毛和牛を使用した「肉ドレス海鮮丼」を食べられるお店。\n炙ったA4ランクの黒毛和牛を贅沢に丼ぶりに盛って、さらにイクラやウニをのせた豪華な肉丼！\nジューシーで柔らかな肉の食感と、海鮮の旨味が口のなかいっぱいに広がる逸品です✨ https://t.co/jpbWfFCaaC",
    "expandedUrl" : "https://twitter.com/i/web/status/1053268907048415235"
  }
}, {
  "like" : {
    "tweetId" : "1052223855706562560",
    "fullText" : "年をとってしまいました、、今日でなんと10000歳です…！！(2進数) https://t.co/A7csU7BwLa",
    "expandedUrl" : "https://twitter.com/i/web/status/1052223855706562560"
  }
}, {
  "like" : {
    "tweetId" : "1052801328148185088",
    "fullText" : "やった内容が明確に書かれていてとても良い記事。コンテストにちゃんと出て、過去問をしっかり時間かけて解いていくことでレーティングが上がっていくー、というのが可視化されていてとても良い。\n\n競技プログラミングで黄色になるまでにやったこと - hogecoder https://t.co/7d2BYGwBlx",
    "expandedUrl" : "https://twitter.com/i/web/status/1052801328148185088"
  }
}, {
  "like" : {
    "tweetId" : "1052010285609844736",
    "fullText" : "「携帯電話の自動音声案内をきき、読み上げられた数字を教えてほしい」という依頼。銀行口座の手続きとかでよくあるやつですが、依頼者は耳が不自由でききとれず行き詰まってたとのこと。会ってすぐ携帯を渡され、耳を当て、きこえた数字を伝えて完了。所要時間は5分ほど。最短レンタル記録を更新した https://t.co/gurBbtsAlS",
    "expandedUrl" : "https://twitter.com/i/web/status/1052010285609844736"
  }
}, {
  "like" : {
    "tweetId" : "1053611678292570113",
    "fullText" : "「Excelで、２月→２８日みたいに月を入力すると自動的に日数が出るようにするにはどうすればいいの？」と上司のおっさんに聞かれたので、画像の１１次関数（m=月）を教えてあげた。皆さんもご利用ください https://t.co/hYAfBGyedd",
    "expandedUrl" : "https://twitter.com/i/web/status/1053611678292570113"
  }
}, {
  "like" : {
    "tweetId" : "1051278377456349184",
    "fullText" : "コンパイラ「なんで怒ってるかわかる？」",
    "expandedUrl" : "https://twitter.com/i/web/status/1051278377456349184"
  }
}, {
  "like" : {
    "tweetId" : "1050328297270177792",
    "fullText" : "The search and rescue teams have reached the Soyuz spacecraft landing site and report that the two crew members are in good condition and are out of the capsule. Search and rescue teams are with the crew now. Latest updates: https://t.co/mzKW5uDsTi https://t.co/WzomVblhtI",
    "expandedUrl" : "https://twitter.com/i/web/status/1050328297270177792"
  }
}, {
  "like" : {
    "tweetId" : "1050416527411896320",
    "fullText" : "某エンジニア\n「変数を箱と例えて教えるのは良くない。\nえ、自分が初心者に変数を教える時？\n公式ドキュメント丸投げする」\n\n...流石に酷すぎません？",
    "expandedUrl" : "https://twitter.com/i/web/status/1050416527411896320"
  }
}, {
  "like" : {
    "tweetId" : "1050681672901881856",
    "fullText" : "うーん…。\n\n侍エンジニア塾さんのこの表示方法って、法律的にアウトなんじゃないんでしょうか…？\n常に一週間後の表示😰\n\nプログラミングスクール等も少し興味あって見ていたのですが＞＜\nなんだか色々ともやもやしてます…。 https://t.co/5YW7oQlwjc",
    "expandedUrl" : "https://twitter.com/i/web/status/1050681672901881856"
  }
}, {
  "like" : {
    "tweetId" : "1050356108525596673",
    "fullText" : "Q.その本、どれくらいの期間で読み終えられますか？\n\n小説派「まあ1週間もあれば読めますね」\n\n理工学書派「半年から1年はかかりますかね」\n\n小説派「(読むの遅すぎだろ…いちいちインクの滲みでも確かめてんのか？)」\n\n理工学書派「(読むの速すぎだろ…読んでるフリして眼球体操でもしてんのか？)」",
    "expandedUrl" : "https://twitter.com/i/web/status/1050356108525596673"
  }
}, {
  "like" : {
    "tweetId" : "1051150057863503872",
    "fullText" : "ところで、バグった生活リズムの方で社会人になってやっていけるかどうか不安な人に朗報なんですけど、生活リズムバグったまま仕事してたら海の向こうの人達から\"タイムゾーンの差を感じさせない仕事ぶりで素晴らしかった!\"って言われてかなり生活リズムの評価が高かった。壊れた生活リズムはスキル",
    "expandedUrl" : "https://twitter.com/i/web/status/1051150057863503872"
  }
}, {
  "like" : {
    "tweetId" : "1049942483214299136",
    "fullText" : "今日のフラ語の授業中\n電子辞書の音声が結構大きい音で鳴っちゃって、先生が俺の電子辞書確認しに来たから何か言われんのかなーとかびびってたら、\n「ソノデンシジショ、CASIOデスカー？」\nからの\n「アー、ソノコエワタシノデスー」\nには驚いた\n丸2日かけて録音したらしい",
    "expandedUrl" : "https://twitter.com/i/web/status/1049942483214299136"
  }
}, {
  "like" : {
    "tweetId" : "1051427297356480514",
    "fullText" : "個人の言動は全て「それをした個人」に集約される。思想や趣向で同罪とされるなんて御免被る",
    "expandedUrl" : "https://twitter.com/i/web/status/1051427297356480514"
  }
}, {
  "like" : {
    "tweetId" : "1050603911390748677",
    "fullText" : "運動会が中止になったからマリオカートで運動会の順位を決める大学があるらしいですよ\n\n東北大学っていうんですけど https://t.co/BXYWbkW9zS",
    "expandedUrl" : "https://twitter.com/i/web/status/1050603911390748677"
  }
}, {
  "like" : {
    "tweetId" : "1051776196495564801",
    "fullText" : "帰国便、谷田機長のサプライズスピーチ！このあと客席は暖かい拍手に包まれました(*´-`) https://t.co/HgFclbmsGW",
    "expandedUrl" : "https://twitter.com/i/web/status/1051776196495564801"
  }
}, {
  "like" : {
    "tweetId" : "1051747357358837761",
    "fullText" : "良識的なのでこういうツイートにはちゃんとふぁぼをつけない\nhttps://t.co/brKUnk1osI",
    "expandedUrl" : "https://twitter.com/i/web/status/1051747357358837761"
  }
}, {
  "like" : {
    "tweetId" : "1050300351285321728",
    "fullText" : "# include &lt;cookdo.h&gt; してmakeすると、以下のような実行ファイルが生成されます(？) https://t.co/6ZXTKRQ8af",
    "expandedUrl" : "https://twitter.com/i/web/status/1050300351285321728"
  }
}, {
  "like" : {
    "tweetId" : "1051115585793212422",
    "fullText" : "友達の別れ話を聞いていて\n\n「いつも隣に居たのに、あいつの気持ちをちっとも理解してやれなかったんだよな…」\n\nって言ってたから\n\n「まぁ仕方ないよ。連続する2整数だって互いに素なんだし」\n\nって励ましたら友達1人減ったっていう作り話需要あります？",
    "expandedUrl" : "https://twitter.com/i/web/status/1051115585793212422"
  }
}, {
  "like" : {
    "tweetId" : "1051706180014202880",
    "fullText" : "五度読みした https://t.co/YCc80KKrlR",
    "expandedUrl" : "https://twitter.com/i/web/status/1051706180014202880"
  }
}, {
  "like" : {
    "tweetId" : "1051430413904666624",
    "fullText" : "天才プログラマーの僕が作った牛オセロAIに勝てるやつとかいるの？？ https://t.co/BlELcxaO7i",
    "expandedUrl" : "https://twitter.com/i/web/status/1051430413904666624"
  }
}, {
  "like" : {
    "tweetId" : "1050788461882404870",
    "fullText" : "私は東京の住宅費が「高い」とは思わないんだよな。東京の住宅費は確かに額面だけ見ると高いけど、その代り東京には様々な公共施設だの娯楽施設だの商業施設だのが集積してるわけですよ。それと同じ体験を地方でしようとすれば多分東京に住むより金がかかる。",
    "expandedUrl" : "https://twitter.com/i/web/status/1050788461882404870"
  }
}, {
  "like" : {
    "tweetId" : "1051043626992656385",
    "fullText" : "だれかSATAケーブルを1本でいいのでお恵みください..........",
    "expandedUrl" : "https://twitter.com/i/web/status/1051043626992656385"
  }
}, {
  "like" : {
    "tweetId" : "1050738153621835776",
    "fullText" : "うちのクラスはアルゴのシケタイに赤coderを置きました",
    "expandedUrl" : "https://twitter.com/i/web/status/1050738153621835776"
  }
}, {
  "like" : {
    "tweetId" : "1051122515492270081",
    "fullText" : "なんかBは見た瞬間それぞれの加算回数を数えたくなるはずで、そうするとa[i]を消した時a[j]もカウントされるのは何パターンあるんだろうって考えたくなって、ちょっと考えるとi～jのなかで最初にiが消えるケースだねってなって1/(abs(j-i)+1)とかがでてきてあとは累積和とかして終わりです",
    "expandedUrl" : "https://twitter.com/i/web/status/1051122515492270081"
  }
}, {
  "like" : {
    "tweetId" : "1051383493916147713",
    "fullText" : "物理・数学・統計学・情報科学・低レイヤーなど、変化しない対象に触れていたい。逆にwebフレームワーク等からは遠ざかりたい。ちょっと前はCakePHPやCaffeeScriptで騒いだのに、今はVue.jsやReact.jsがアツいらしいし、これらの習得に尽力できる人はすごい。穴開きバケツに水入れてる感に耐えられない",
    "expandedUrl" : "https://twitter.com/i/web/status/1051383493916147713"
  }
}, {
  "like" : {
    "tweetId" : "1051455575819575297",
    "fullText" : "おい、これ作ったやつ出てこいwww\n耳から離れんわww https://t.co/CiJPyNkJpc",
    "expandedUrl" : "https://twitter.com/i/web/status/1051455575819575297"
  }
}, {
  "like" : {
    "tweetId" : "1051426753174851584",
    "fullText" : "「フェミニストはこれだけ過激な言動をする危険な存在である」とする風潮は一理ない。\n\n俺も極端で過激な言動を行う人間は嫌いだけど、この風潮は十数年間前のオタクに投げつけられた偏見と罵倒のそれと同じだ。\n「フェミニスト」と一括りにしてはならない",
    "expandedUrl" : "https://twitter.com/i/web/status/1051426753174851584"
  }
}, {
  "like" : {
    "tweetId" : "1051123255610761223",
    "fullText" : "【AGC028 結果】\n3 完 39 分の 24 位。パフォーマンス 3196。レートは 2814 -&gt; 2858 (+44) だった。過去最高パフォ 3200 を超えられなかったのが唯一の心残りだが、しかし… 24 位、正直言って信じられない。初めての GP30 入りを果たせた。本当に本当に嬉しい。maroon さん, AtCoder さんありがとう… https://t.co/7tTzlR46QQ",
    "expandedUrl" : "https://twitter.com/i/web/status/1051123255610761223"
  }
}, {
  "like" : {
    "tweetId" : "1051060798724788224",
    "fullText" : "@E31415926 ありがとう～＞＜。でもAmazonで買っちまったわ",
    "expandedUrl" : "https://twitter.com/i/web/status/1051060798724788224"
  }
}, {
  "like" : {
    "tweetId" : "1051426600565129216",
    "fullText" : "@E31415926 互いに素でない場合の処理が甘かったですね...理解しましたありがとう...!",
    "expandedUrl" : "https://twitter.com/i/web/status/1051426600565129216"
  }
}, {
  "like" : {
    "tweetId" : "1049803238394884096",
    "fullText" : "きのうこのセーター買ったんですけど、\nなんか既視感あるなーと思ったらこれだった https://t.co/BwVGQO2Z15",
    "expandedUrl" : "https://twitter.com/i/web/status/1049803238394884096"
  }
}, {
  "like" : {
    "tweetId" : "1049302634090254338",
    "fullText" : "「三連休明けの仕事しんどい」ではなく\n「明日行ったら既に火曜日で嬉しい」と考える方向で先程最終調整に入った。",
    "expandedUrl" : "https://twitter.com/i/web/status/1049302634090254338"
  }
}, {
  "like" : {
    "tweetId" : "1049475227204210688",
    "fullText" : "「教育学部」と「教養学部」、間違えられがち https://t.co/HwnNAXzkSP",
    "expandedUrl" : "https://twitter.com/i/web/status/1049475227204210688"
  }
}, {
  "like" : {
    "tweetId" : "1049528423998054400",
    "fullText" : "京大風の問い掛けをしてみました。暇潰しにどうぞ^^\nぜひリプorDMで解答を送ってください！こちらも勉強になります\n#数学 #理系 https://t.co/zAXaHcFUnc",
    "expandedUrl" : "https://twitter.com/i/web/status/1049528423998054400"
  }
}, {
  "like" : {
    "tweetId" : "1049927897060757504",
    "fullText" : "n^2-2の形で表される素数は無限に存在するかどうか、という問題にぶちあたってる(未解決？意外と簡単に示せたりして)",
    "expandedUrl" : "https://twitter.com/i/web/status/1049927897060757504"
  }
}, {
  "like" : {
    "tweetId" : "1049934403734921216",
    "fullText" : "コムシーの地下のカフェ結構ガチでびびったんやけど。これ280円はハンパないって！ https://t.co/k490ioN9fF",
    "expandedUrl" : "https://twitter.com/i/web/status/1049934403734921216"
  }
}, {
  "like" : {
    "tweetId" : "1049650256114257920",
    "fullText" : "私は博士課程でアメリカに留学したんだけど、指導教官が次々と課題をふってきて、必死にこなす日々が続いた。数年後に、「あれだけ色々けしかけたのを全部こなした学生は初めてだ。you are so academically brave」と言われたのは、今でも忘れられない瞬間。",
    "expandedUrl" : "https://twitter.com/i/web/status/1049650256114257920"
  }
}, {
  "like" : {
    "tweetId" : "1049149503557623808",
    "fullText" : "これが今の小学校低学年の道徳の教科書ですか？\n\n信じられません。 https://t.co/Voqafqzl5x",
    "expandedUrl" : "https://twitter.com/i/web/status/1049149503557623808"
  }
}, {
  "like" : {
    "tweetId" : "1049924686774063104",
    "fullText" : "ウッ https://t.co/ExiWZzVyU1",
    "expandedUrl" : "https://twitter.com/i/web/status/1049924686774063104"
  }
}, {
  "like" : {
    "tweetId" : "1049407516843466752",
    "fullText" : "世界中で話題になった「ロシアの地下鉄で足を広げて座る男性の股間に漂白剤入りの水をかけて抗議する女性活動家たち」が政府のプロパガンダメディア、RTニュースが発信した捏造ニュースだったという記事。国内外でフェミニズムやMeTooへの反発を増幅させる狙いとのこと　https://t.co/SvC9ISjh8j",
    "expandedUrl" : "https://twitter.com/i/web/status/1049407516843466752"
  }
}, {
  "like" : {
    "tweetId" : "1049925097941684224",
    "fullText" : "4と5の違いがわからん",
    "expandedUrl" : "https://twitter.com/i/web/status/1049925097941684224"
  }
}, {
  "like" : {
    "tweetId" : "1049859264691335168",
    "fullText" : "就活の？知らんがな院行くぞ(白目) \n\n#peing #質問箱 https://t.co/fzPDfeu5v7",
    "expandedUrl" : "https://twitter.com/i/web/status/1049859264691335168"
  }
}, {
  "like" : {
    "tweetId" : "1049287099621363712",
    "fullText" : "支払いは基本的に現ナマが良さそう（多分いきなり電子決済とかやると確実にトラブルが起きるしなんだかんだで現金が速い）\n物理買うと電子版もついてくるようにする（本文中にリンク載せるのが良さそう）\n電子版はダウンロードカード？",
    "expandedUrl" : "https://twitter.com/i/web/status/1049287099621363712"
  }
}, {
  "like" : {
    "tweetId" : "1049660290260860928",
    "fullText" : "プログラミング技術のテスト(定期考査)、\n}else{\nって書いたけど\n}\nelse{\nじゃないと駄目って言われて学校ぶっ壊したいレベルでキレてる",
    "expandedUrl" : "https://twitter.com/i/web/status/1049660290260860928"
  }
}, {
  "like" : {
    "tweetId" : "1049506920128598017",
    "fullText" : "テストは受けなければ0点中0点で満点。",
    "expandedUrl" : "https://twitter.com/i/web/status/1049506920128598017"
  }
}, {
  "like" : {
    "tweetId" : "1049874917460729858",
    "fullText" : "@suicidalkaiju https://t.co/hfp5nLLUR3",
    "expandedUrl" : "https://twitter.com/i/web/status/1049874917460729858"
  }
}, {
  "like" : {
    "tweetId" : "1049965543740960774",
    "fullText" : "母校行ったら英語のボスの先生に話しかけられて「長々さん！お願いがあるんだけどいい」「何ですか」「(学校名)の英語教育の何がよかったのか書いてほしいの。あなた英語得意だったし、(部活の顧問)先生が長々さんのこと推薦してたから」\n頼む相手間違いですよね…私は塾の勉強しかしてなかったのに()",
    "expandedUrl" : "https://twitter.com/i/web/status/1049965543740960774"
  }
}, {
  "like" : {
    "tweetId" : "1049616727644897280",
    "fullText" : "入門しました https://t.co/DuLS2LIkGH",
    "expandedUrl" : "https://twitter.com/i/web/status/1049616727644897280"
  }
}, {
  "like" : {
    "tweetId" : "1049563566515208192",
    "fullText" : "ぎゃぁぁぁぁぁ https://t.co/eX1QoVTroj",
    "expandedUrl" : "https://twitter.com/i/web/status/1049563566515208192"
  }
}, {
  "like" : {
    "tweetId" : "1049540562464911361",
    "fullText" : "トラップにかかった！ https://t.co/Nl3QDGrxfa",
    "expandedUrl" : "https://twitter.com/i/web/status/1049540562464911361"
  }
}, {
  "like" : {
    "tweetId" : "1049869314680082432",
    "fullText" : "パズルを解いて310BTC（2億円）をゲットしようチャレンジ情報です\nhttps://t.co/31lIsma9ZK",
    "expandedUrl" : "https://twitter.com/i/web/status/1049869314680082432"
  }
}, {
  "like" : {
    "tweetId" : "1049268219192590337",
    "fullText" : "x86エミュレータの薄い本作ったら売れる？（エミュレータの仕組み，x86の変態フォーマット，具体的な実装，既存のエミュレータの読み方とかかな？",
    "expandedUrl" : "https://twitter.com/i/web/status/1049268219192590337"
  }
}, {
  "like" : {
    "tweetId" : "1049612227760644096",
    "fullText" : "今回の #技術書典 で良かったと思ったのはベビーカーを押して買い物していた人がいたこと。ご本人達はすごい気を使って人が減ってからだったと思うけど。それが許される参加者の空気感とか運営からの配慮が広がると良さそう。特に若い人は数年後の自分かもしれないしね。",
    "expandedUrl" : "https://twitter.com/i/web/status/1049612227760644096"
  }
}, {
  "like" : {
    "tweetId" : "1049964050375798784",
    "fullText" : "サトシに懐いてない頃のピカチュウの可愛さを広めたい\n https://t.co/DERmdIxkLi",
    "expandedUrl" : "https://twitter.com/i/web/status/1049964050375798784"
  }
}, {
  "like" : {
    "tweetId" : "1049606506239340544",
    "fullText" : "20万のバイオリンも18億のバイオリンも、同じ3万円のテレビの音がしますね",
    "expandedUrl" : "https://twitter.com/i/web/status/1049606506239340544"
  }
}, {
  "like" : {
    "tweetId" : "1047436846148411392",
    "fullText" : "キズナアイを無理やり炎上事案にしている「Yahoo!ニュース 個人」の記事、クリックすると書いた著者にカネが入るのではないだろうか。まさに炎上商法なので断固拒否。",
    "expandedUrl" : "https://twitter.com/i/web/status/1047436846148411392"
  }
}, {
  "like" : {
    "tweetId" : "1047480535738540032",
    "fullText" : "忙ﾞしﾞいﾞのﾞにﾞ知ﾞらﾞなﾞいﾞオﾞッﾞさﾞんﾞとﾞ余ﾞ計ﾞなﾞ会ﾞ話ﾞしﾞたﾞくﾞなﾞいﾞ。\n\n「レジで直接、お釣りを渡してもらって会話があるほうが、生活が明るくなるでしょ」\nhttps://t.co/5voI3DIVLw",
    "expandedUrl" : "https://twitter.com/i/web/status/1047480535738540032"
  }
}, {
  "like" : {
    "tweetId" : "1047437739166072832",
    "fullText" : "やっぱり「キズナアイは適役か」の記事、PVに応じてライターのお金になるんじゃん。こんなの話題にしたらダメ。終わり！閉廷！https://t.co/qrb0JafMpk https://t.co/YVHlNpX9Sf",
    "expandedUrl" : "https://twitter.com/i/web/status/1047437739166072832"
  }
}, {
  "like" : {
    "tweetId" : "1047314419577905152",
    "fullText" : "本質情報だった https://t.co/wFj51eqR9r",
    "expandedUrl" : "https://twitter.com/i/web/status/1047314419577905152"
  }
}, {
  "like" : {
    "tweetId" : "1048930802396844032",
    "fullText" : "駿台教師K「普通に生きてれば駒場で80点くらいは取れるからそれで理情行くとよい」\n僕（浪人生）「ほーん」\n僕（今）「普通に生きてても80点は取れないし80点で理情にはいけないやん」",
    "expandedUrl" : "https://twitter.com/i/web/status/1048930802396844032"
  }
}, {
  "like" : {
    "tweetId" : "1048846629736931328",
    "fullText" : "/*\n/* 念のためもう一度コメントを書いておく*/\n*/",
    "expandedUrl" : "https://twitter.com/i/web/status/1048846629736931328"
  }
}, {
  "like" : {
    "tweetId" : "1049240325162582016",
    "fullText" : "ニセ社会学者「（適当発言）」\n \n不特定多数「はへ～、文系学問ってこんなのでも許されるんですね・・・」\n\n歴史学者「一緒にするな」\n経済学者「一緒にするな」\n法学者「一緒にするな」\n政治学者「一緒にするな」\n\n社会学者「一緒にするな」",
    "expandedUrl" : "https://twitter.com/i/web/status/1049240325162582016"
  }
}, {
  "like" : {
    "tweetId" : "1047449910906302465",
    "fullText" : "【日常会話で使える！ロシアプロバガンダ表現】\n「〇〇する動機がない」(言い訳)\n\n(例)私が遅刻するわけがない。そもそもそうする理由がないのだから。大切な友人を待たせる動機もなければ、それによって得られるメリットも私にはない。単にあなたの時計がズレていただけでは？",
    "expandedUrl" : "https://twitter.com/i/web/status/1047449910906302465"
  }
}, {
  "like" : {
    "tweetId" : "1049141438552784897",
    "fullText" : "A5黒毛和牛ステーキ食べ放題とのこと（凄くおいしい） https://t.co/z24M5ol3PE",
    "expandedUrl" : "https://twitter.com/i/web/status/1049141438552784897"
  }
}, {
  "like" : {
    "tweetId" : "1048037317972127744",
    "fullText" : "「立派な皿に盛り付ける弁当屋」がある。そこに隣接して「休憩用のテーブルと椅子がある古物商」もある。そこではなぜか汚れた食器を買い取ってくれる。というパチンコ三店方式で消費税8%レストランが作れそう\n\n&gt;コンビニのイートイン席は「飲食禁止」張り紙で消費税8%を認める見解",
    "expandedUrl" : "https://twitter.com/i/web/status/1048037317972127744"
  }
}, {
  "like" : {
    "tweetId" : "1048540240606969856",
    "fullText" : "実はABCOnlyでもジャッジサーバー150台借りてます。ABC開催してもどこからもお金は貰えないので、半分くらいは社会貢献だと思って貰えると嬉しいです＞＜\n（もちろんJobs等に繋がるので弊社のメリットもそこそこあります）",
    "expandedUrl" : "https://twitter.com/i/web/status/1048540240606969856"
  }
}, {
  "like" : {
    "tweetId" : "1048629133406687232",
    "fullText" : "情報リテラシー試験「正しいファイルをダウンロードせよ」 #擬竜戯画 https://t.co/M7QM2F5nYg",
    "expandedUrl" : "https://twitter.com/i/web/status/1048629133406687232"
  }
}, {
  "like" : {
    "tweetId" : "1049185424298524672",
    "fullText" : "礼() ;\n礼() ; //念の為もう一度\n拍手() ;\n拍手() ; //念の為もう一度\n礼() ; //念には念を入れてもう一度",
    "expandedUrl" : "https://twitter.com/i/web/status/1049185424298524672"
  }
}, {
  "like" : {
    "tweetId" : "1048209030588452865",
    "fullText" : "第50回気象予報士試験、一発合格しました！！！\nいまだに信じられませんが、気象予報士の名に恥じぬようこれからも気象を極めていきたいと思います！ https://t.co/s4Brk5eZPM",
    "expandedUrl" : "https://twitter.com/i/web/status/1048209030588452865"
  }
}, {
  "like" : {
    "tweetId" : "1047522739618078722",
    "fullText" : "私：弟に、姉は常にパソコンの前に座ってるからパソコンと友達のやばい人みたいなことを〜…\ntkr：常にパソコンの前に座ってるは普通じゃね?",
    "expandedUrl" : "https://twitter.com/i/web/status/1047522739618078722"
  }
}, {
  "like" : {
    "tweetId" : "1049241561219792896",
    "fullText" : "技術書典\n出してみたいが\nネタが無い",
    "expandedUrl" : "https://twitter.com/i/web/status/1049241561219792896"
  }
}, {
  "like" : {
    "tweetId" : "1049139732318285825",
    "fullText" : "チャイ語のSiriで発音練習がてらYi bai yiと発音したところ、あと5秒で110番しますと表示され、慌てて取り消しボタンを押したアカウントはこちらです。 https://t.co/M4f2vU5M7p",
    "expandedUrl" : "https://twitter.com/i/web/status/1049139732318285825"
  }
}, {
  "like" : {
    "tweetId" : "1047471201138831360",
    "fullText" : "ディープラーニングで作るコラージュ動画(DeepFake)が精巧すぎて悪用の恐れ\n↓\n逆にディープラーニングでDeepFake動画を見抜くことに成功(精度98%)\n\nまさに矛と盾の競争\n\n&gt;国立情報学研究所 山岸順一准教授,越前功教授,パリ東マルヌ・ヴァレ大学Vincent Nozick准教授らが開発\nhttps://t.co/hN8q2Lhkp1",
    "expandedUrl" : "https://twitter.com/i/web/status/1047471201138831360"
  }
}, {
  "like" : {
    "tweetId" : "1046621298602823680",
    "fullText" : "@yukata_yu @wait_sushi 実は数学的背景があって、浮動小数点数の表現方法の都合上浮動小数点数のビット表現を整数として読むと浮動小数点数のlogにアフィンしたものの近似値になるんですよね（故に - (conv.i &gt;&gt; 1) で-1/2倍すれば-1/2乗になる）\nhttps://t.co/J2QSGNao6Q",
    "expandedUrl" : "https://twitter.com/i/web/status/1046621298602823680"
  }
}, {
  "like" : {
    "tweetId" : "1048920834117517312",
    "fullText" : "#NHK で。\n\n「AI に仕事が奪われる！」とかいう話で\n\n孫さんが\n「こういう変化の時代をチャンスと捉えるべき」「進化が大切」\nと話していたら\n\n他の出演者達が\n\n「それはあくまで勝者の理論であって貧困層の気持ちを考えてない」\n\nとか言い出して 1 vs 3 になってて\n「孫さん大変そうだな…」と思った https://t.co/vE5sBQDUgo",
    "expandedUrl" : "https://twitter.com/i/web/status/1048920834117517312"
  }
}, {
  "like" : {
    "tweetId" : "1048120874996391936",
    "fullText" : "# 竜ポケモンの日(?)\n竜ポケモンの日らしいので最終進化系の竜ポケモン全部描きました！！！！！！(大嘘) https://t.co/e0CLgDklQf",
    "expandedUrl" : "https://twitter.com/i/web/status/1048120874996391936"
  }
}, {
  "like" : {
    "tweetId" : "1048777051165974529",
    "fullText" : "中学校の先生が勉強時間は学年プラス1時間だぞって言ってて、高校の説明会に行ったら（高校生の）勉強時間は学年プラス1時間とか言ってて、どうせみんな適当なこと言ってんだろうなあって目で見ている。",
    "expandedUrl" : "https://twitter.com/i/web/status/1048777051165974529"
  }
}, {
  "like" : {
    "tweetId" : "1048516264908402689",
    "fullText" : "なんか、人がケガさせられたりする以上に、物が壊されることの方が許せなくて\n特に機械に関してだけはマジでキレそうになるの、私の頭本気でおかしいと思うんだよな",
    "expandedUrl" : "https://twitter.com/i/web/status/1048516264908402689"
  }
}, {
  "like" : {
    "tweetId" : "1046912012863725568",
    "fullText" : "ローランドのピアノ未来感出し過ぎ…！ https://t.co/0OFIm8DvvY",
    "expandedUrl" : "https://twitter.com/i/web/status/1046912012863725568"
  }
}, {
  "like" : {
    "tweetId" : "1049177193773850624",
    "fullText" : "#今日の未知\nげんこつハンバーグ。静岡に来たなら食べるべきと言われたので、スーツケース引きずって駅から30分歩いて食いました。美味い。 https://t.co/E1RCABGABh",
    "expandedUrl" : "https://twitter.com/i/web/status/1049177193773850624"
  }
}, {
  "like" : {
    "tweetId" : "1045934499110936576",
    "fullText" : "つーかほんとひどいものよな\n大学のレベルとかより東京かそうじゃないかの差の方が大きい社会だぜ",
    "expandedUrl" : "https://twitter.com/i/web/status/1045934499110936576"
  }
}, {
  "like" : {
    "tweetId" : "1045150120340217857",
    "fullText" : "電磁気で中国語の便利さに気づいた\n\n電場→电场\n積分→积分\n時間→时间",
    "expandedUrl" : "https://twitter.com/i/web/status/1045150120340217857"
  }
}, {
  "like" : {
    "tweetId" : "1046720216057540608",
    "fullText" : "本庶佑さん「だから、もっと予算をばらまくべき。ばらまき方にもやり方があるが、特に若い人など、もっとたくさんの人にチャンスを与えるべきだと思う」",
    "expandedUrl" : "https://twitter.com/i/web/status/1046720216057540608"
  }
}, {
  "like" : {
    "tweetId" : "1045283296064618497",
    "fullText" : "「ねーねー」\n「なにー？」\n「10回クイズやろー」\n「いいよー」\n「単独高階斉次定数係数線形常微分方程式って10回言ってー」\n「たっ……え、えっ？」",
    "expandedUrl" : "https://twitter.com/i/web/status/1045283296064618497"
  }
}, {
  "like" : {
    "tweetId" : "1046370677236719616",
    "fullText" : "地元なので嬉しい限り。 https://t.co/JV6JYvgDrF",
    "expandedUrl" : "https://twitter.com/i/web/status/1046370677236719616"
  }
}, {
  "like" : {
    "tweetId" : "1044967970798292992",
    "fullText" : "今日のハイライト\nFLOWの教員『君EEICに行ける様な進振り点とってるの？』",
    "expandedUrl" : "https://twitter.com/i/web/status/1044967970798292992"
  }
}, {
  "like" : {
    "tweetId" : "1044948333192605696",
    "fullText" : "奨学金を借りた人に「借りた金を返さないのは甘え」と批判する一方で、親に教育費を払ってもらって奨学金を借りないで済んでいる人を「甘え」とは批判しない「家族主義」は、「生まれた家の経済力による格差」を容認する。しかし、生まれた経済力による教育格差を是正するのが奨学金の本来の役割だ。",
    "expandedUrl" : "https://twitter.com/i/web/status/1044948333192605696"
  }
}, {
  "like" : {
    "tweetId" : "1045971862969171969",
    "fullText" : "昆虫展に来ているのですが…名前が…(一応無視苦手な人は注意してね) https://t.co/lwH5lqeiPs",
    "expandedUrl" : "https://twitter.com/i/web/status/1045971862969171969"
  }
}, {
  "like" : {
    "tweetId" : "1045096582268432384",
    "fullText" : "3連覇なんてすると思ってないので\n早々にスペースが足りなくなった石碑がこちらです https://t.co/nbBcKCEqMw",
    "expandedUrl" : "https://twitter.com/i/web/status/1045096582268432384"
  }
}, {
  "like" : {
    "tweetId" : "1046375939595071491",
    "fullText" : "プロコンの話題で、「１５００円くらいのランチで学生大喜びしますよ」って結構言うんだけど、これ普通に自分も大喜びします。",
    "expandedUrl" : "https://twitter.com/i/web/status/1046375939595071491"
  }
}, {
  "like" : {
    "tweetId" : "1045441639064330240",
    "fullText" : "高専東大編入、人生の最適解って感じがする",
    "expandedUrl" : "https://twitter.com/i/web/status/1045441639064330240"
  }
}, {
  "like" : {
    "tweetId" : "1045261453026947072",
    "fullText" : "親友が博士課程を中退した。大学も分野も違えど、毎月末会う時は決まって神田のカフェで「今は辛いけど、進み続ければ何か見えるよな」と励ましあった仲だった。今日急に呼び出されて、実家に帰ると、これ余っているからと図書券を渡されて「任せたよ」だって。分野も違うのに。余ってるわけないのに。",
    "expandedUrl" : "https://twitter.com/i/web/status/1045261453026947072"
  }
}, {
  "like" : {
    "tweetId" : "1046355701142945792",
    "fullText" : "過去最高傑作を生み出したがパセリ、お前かかりすぎだ\n#たつなオムライス https://t.co/NyOXsydqys",
    "expandedUrl" : "https://twitter.com/i/web/status/1046355701142945792"
  }
}, {
  "like" : {
    "tweetId" : "1046445082788814848",
    "fullText" : "この前教えて頂いた、高速にsqrtを計算する闇コードなのです。\nhttps://t.co/UrZiLMlNJX https://t.co/sJU7YmGcRt",
    "expandedUrl" : "https://twitter.com/i/web/status/1046445082788814848"
  }
}, {
  "like" : {
    "tweetId" : "1045208108438417408",
    "fullText" : "元「モー娘。」吉澤ひとみ被告が原宿警察署からまもなく保釈されるみたいですが\n\n全国ネットで放送されることを利用して出口の横に振り込め詐欺撲滅のポスター貼り始めた警察嫌いじゃない https://t.co/1tEevrPuEW",
    "expandedUrl" : "https://twitter.com/i/web/status/1045208108438417408"
  }
}, {
  "like" : {
    "tweetId" : "1045934344148148224",
    "fullText" : "もうどう考えたってこれにまさる正論はないがそれによって生まれる地方と東京の妙な差を本当に嫌悪している自分だっているのだ https://t.co/3BDx9qWtzS",
    "expandedUrl" : "https://twitter.com/i/web/status/1045934344148148224"
  }
}, {
  "like" : {
    "tweetId" : "1045446520085000194",
    "fullText" : "Google ColaboratoryのTPUを試してみる https://t.co/T3ptRYjtR9　書き直しました。TPUのCNNむちゃくちゃ強かったです。",
    "expandedUrl" : "https://twitter.com/i/web/status/1045446520085000194"
  }
}, {
  "like" : {
    "tweetId" : "1045118350945390592",
    "fullText" : "【リーグ優勝！「広島東洋カープ優勝記念イベント」をTAUで開催します！】\n東京・銀座の #TAU では、本日より #カープ のセントラル・リーグ優勝をお祝いするため、 \n優勝記念鏡開きセレモニーや優勝記念フェアなどを開催します。⇒https://t.co/mJa23bR3NC\n#carp  #カープV9 #新丼貴浩 https://t.co/7DQHMaTvW4",
    "expandedUrl" : "https://twitter.com/i/web/status/1045118350945390592"
  }
}, {
  "like" : {
    "tweetId" : "1045172564882948096",
    "fullText" : "【自作厨の末路】“爆弾だけでなく覚せい剤も製造か　19歳大学生を再逮捕 - FNN：高校生だった2016年、高性能爆薬の「過酸化アセトン」を製造したほか、3Dプリンターで作ったとみられる拳銃を所持した疑いで、すでに逮捕されていた” DIY精神。 https://t.co/IlP5tyR1Tg",
    "expandedUrl" : "https://twitter.com/i/web/status/1045172564882948096"
  }
}, {
  "like" : {
    "tweetId" : "1046546395052703744",
    "fullText" : "休講？知るかよ\n踏破成功 https://t.co/ds7s8ePgqO",
    "expandedUrl" : "https://twitter.com/i/web/status/1046546395052703744"
  }
}, {
  "like" : {
    "tweetId" : "1046742967988379648",
    "fullText" : "ちなみにサークル内で集まる関係上空きコマ共有をしたのですが、私の書かれようがひどい… https://t.co/qHjRe4JaqF",
    "expandedUrl" : "https://twitter.com/i/web/status/1046742967988379648"
  }
}, {
  "like" : {
    "tweetId" : "1046952280803528704",
    "fullText" : "水曜5限の情報理学入門、C++でレポート評価80%なので一生行きません　さよなら　単位はよこせ",
    "expandedUrl" : "https://twitter.com/i/web/status/1046952280803528704"
  }
}, {
  "like" : {
    "tweetId" : "1045072677239541760",
    "fullText" : "東進の模試の説明会で貰ったプリント。意味不明すぎて笑う。 https://t.co/MIzpxLGuoj",
    "expandedUrl" : "https://twitter.com/i/web/status/1045072677239541760"
  }
}, {
  "like" : {
    "tweetId" : "1046418590692388867",
    "fullText" : "19歳になりました！",
    "expandedUrl" : "https://twitter.com/i/web/status/1046418590692388867"
  }
}, {
  "like" : {
    "tweetId" : "1045495230760288256",
    "fullText" : "魔法の力に見えるワイヤレス充電器をつくりました #6秒商店 https://t.co/JhVxLd2B0W",
    "expandedUrl" : "https://twitter.com/i/web/status/1045495230760288256"
  }
}, {
  "like" : {
    "tweetId" : "1044921280665812998",
    "fullText" : "【速報 JUST IN 】プロ野球セ・リーグ 広島が優勝 球団史上初の３連覇 #nhk_news https://t.co/PbgMpA9fJI",
    "expandedUrl" : "https://twitter.com/i/web/status/1044921280665812998"
  }
}, {
  "like" : {
    "tweetId" : "1044923287866724353",
    "fullText" : "広島おめでとう３連覇「特集号」28日から順次発売 \n#carp #カープ #npb\nhttps://t.co/ZDxLf9Qr38",
    "expandedUrl" : "https://twitter.com/i/web/status/1044923287866724353"
  }
}, {
  "like" : {
    "tweetId" : "1044920523363250177",
    "fullText" : "🎏広島東洋カープ セ・リーグ優勝おめでとうございます\n🎊祝❗3連覇‼🎊\nこの後は、J SPORTS 1にて優勝特別番組を放送📺\nJ SPORTSオンデマンドでもLIVE配信いたします📱💻\n🔜https://t.co/Fgr59JC5vl\n#carp #カープ #jsports https://t.co/8n4RJWX3dB",
    "expandedUrl" : "https://twitter.com/i/web/status/1044920523363250177"
  }
}, {
  "like" : {
    "tweetId" : "1044592334241882113",
    "fullText" : "https://t.co/0imMDF4QdQ\nどちらもエディタから最も遠いもののうちの一つで、どちらかというと粘土板とかに近い",
    "expandedUrl" : "https://twitter.com/i/web/status/1044592334241882113"
  }
}, {
  "like" : {
    "tweetId" : "1044933674834132993",
    "fullText" : "【広島V3 豪雨の悲しみ乗り越え】\nhttps://t.co/0BZNqN8wTT\n\n広島が球団初のリーグ3連覇を決めた。甚大な被害を受けた豪雨被害や球団OBの衣笠祥雄さん死去など、つらい思いを背負いながら広島ナインは3連覇へと突き進んだ。",
    "expandedUrl" : "https://twitter.com/i/web/status/1044933674834132993"
  }
}, {
  "like" : {
    "tweetId" : "1044964565434294273",
    "fullText" : "カープの優勝、一回裏終了時点で確信した(おめでとうございます)",
    "expandedUrl" : "https://twitter.com/i/web/status/1044964565434294273"
  }
}, {
  "like" : {
    "tweetId" : "1044802503957782529",
    "fullText" : "【お知らせ】\n\n「サービス終了」と表示される不具合が発生しております。\n表示エラーですので、観察者の皆様はストアからアプリのアップデートをしてください。\n驚かせてしまい、大変申し訳ございません。",
    "expandedUrl" : "https://twitter.com/i/web/status/1044802503957782529"
  }
}, {
  "like" : {
    "tweetId" : "1044640061856182274",
    "fullText" : "新           元  号\n元     1位 平  和  47\n号     2位 和  了  19\n予     3位 天  和  17\n想     4位 自  風  16\nが     5位 立  直  11\n過            亜  空  11\n熱     7位 門  前  10\nし     8位 満  貫   9\nて     9位 開  花   8\nい            老  頭   8\nる            国  士   8",
    "expandedUrl" : "https://twitter.com/i/web/status/1044640061856182274"
  }
}, {
  "like" : {
    "tweetId" : "1044920264591458304",
    "fullText" : "https://t.co/GvQr4gIF5r\n#プロ野球 #セ・リーグ で #広島 が #優勝 を決め、球団史上初の #３連覇 を果たしました。（恵）#広島東洋カープ  #広島優勝 #カープ https://t.co/zH4a0zPFDm",
    "expandedUrl" : "https://twitter.com/i/web/status/1044920264591458304"
  }
}, {
  "like" : {
    "tweetId" : "1044749136367542272",
    "fullText" : "初日からアレスを休んだ",
    "expandedUrl" : "https://twitter.com/i/web/status/1044749136367542272"
  }
}, {
  "like" : {
    "tweetId" : "1044508475227701248",
    "fullText" : "【悲報】弊社の新社内ゲートウェイ、自社サイト・サービスを遮断してしまうことが判明し本格運用開始日に運用終了。",
    "expandedUrl" : "https://twitter.com/i/web/status/1044508475227701248"
  }
}, {
  "like" : {
    "tweetId" : "1044920268064321537",
    "fullText" : "┏━━┓┏━━┓\n┗┓┏┛┗┓┏┛\n　┃┃　　┃┃\n　┃┗┓┏┛┃\n　┗┓┗┛┏┛\n　　┗┓┏┛\n　　　┗┛\n┏━━━━━━┓\n┃　┏━━┓　┃\n┃　┗━━┛　┃\n┗━━━━┓　┃\n┏━━━━┛　┃\n┗━━━━━━┛\n\n 広島１０－０ヤクルト\n\n#カープ\n #carp\n #セリーグ\n #3連覇\n #おめでとう！",
    "expandedUrl" : "https://twitter.com/i/web/status/1044920268064321537"
  }
}, {
  "like" : {
    "tweetId" : "1044923167939026944",
    "fullText" : "3連覇じゃあ〜〜〜！！！\n号外です！マジックを1として迎えたヤクルト戦、初回から丸の先制適時打などで一気に5得点するなど、10ー0で完勝。待ちに待った27年ぶりの本拠地胴上げです！おめでとう広島、ありがとう広島。明日のスポニチは超永久保存版！\n（コイ党面担）\n#カープ #広島カープ #carp https://t.co/rRqZQNvaA5",
    "expandedUrl" : "https://twitter.com/i/web/status/1044923167939026944"
  }
}, {
  "like" : {
    "tweetId" : "1044427147694108672",
    "fullText" : "渋谷の歌広場、30分155円でドリンクバー&amp;ソフトクリーム食べ放題、ポテト無料(アプリ会員)、レッドブル無料(学生)なので、本人映像だけ流しながらカラオケを歌わずに黙々とポテト食べてる！ https://t.co/krJvWY6dIr",
    "expandedUrl" : "https://twitter.com/i/web/status/1044427147694108672"
  }
}, {
  "like" : {
    "tweetId" : "1044922989903470593",
    "fullText" : "【プロ野球】広島がセ・リーグ３連覇　巨人以外では初　地元で緒方監督胴上げ\nhttps://t.co/xDABVAj7gg https://t.co/flD2sKnxOq",
    "expandedUrl" : "https://twitter.com/i/web/status/1044922989903470593"
  }
}, {
  "like" : {
    "tweetId" : "1044888654152327168",
    "fullText" : "https://t.co/olxws3aBUb\n#プロ野球 #セ・リーグ で優勝へのマジックナンバーを「１」としている #広島 は、本拠の #マツダスタジアム で午後６時から２位 #ヤクルト と対戦しています。試合開始とともに空が #夕焼け で赤く染まりました。（恵）#カープ #広島カープ https://t.co/8bkKlm7oMO",
    "expandedUrl" : "https://twitter.com/i/web/status/1044888654152327168"
  }
}, {
  "like" : {
    "tweetId" : "1044924312916901890",
    "fullText" : "広島カープ、３連覇　マツダスタジアムで初の胴上げ https://t.co/tHxZ9CEgrA",
    "expandedUrl" : "https://twitter.com/i/web/status/1044924312916901890"
  }
}, {
  "like" : {
    "tweetId" : "1044920426067943424",
    "fullText" : "【速報】広島カープが球団初のセ・リーグ3連覇、27年ぶりの地元優勝飾る",
    "expandedUrl" : "https://twitter.com/i/web/status/1044920426067943424"
  }
}, {
  "like" : {
    "tweetId" : "1044924574423379969",
    "fullText" : "待ちに待った優勝！！！おめでとう ＃カープ！！！球団初のリーグ ＃三連覇＆２７年ぶり地元胴上げ！！！ＲＣＣテレビは、深夜０時１１分から『祝！カープ３連覇！Ｖ９』として、歓喜の ＃ビールかけ＆選手インタビューなどを深夜３時まで生放送でたっぷりお届け！＃Ｖｅｒｙカープ！＃祝Ｖ９ボード https://t.co/knWM04aZAp",
    "expandedUrl" : "https://twitter.com/i/web/status/1044924574423379969"
  }
}, {
  "like" : {
    "tweetId" : "1044920307327389696",
    "fullText" : "【祝! セ・リーグ #三連覇 !】\n我らが, #カープ が見事三連覇!おめでとうございます。\n災害からの復旧・復興に取り組む中,カープの日々の躍進,そして,今日の優勝が,どれほど皆さんに元気を与えてくれたことでしょう。感動をありがとうございます。⇒https://t.co/kIDDRMiW3p\n#広島 #carp #V9 #こいほー https://t.co/PtPeFqX9RL",
    "expandedUrl" : "https://twitter.com/i/web/status/1044920307327389696"
  }
}, {
  "like" : {
    "tweetId" : "1044922740048707590",
    "fullText" : "カープ3連覇！！ https://t.co/fUITRo4X0R",
    "expandedUrl" : "https://twitter.com/i/web/status/1044922740048707590"
  }
}, {
  "like" : {
    "tweetId" : "1044921172662480896",
    "fullText" : "マウンド上で緒方監督の胴上げ始まる。優勝回数と同じ９回舞う。マツダスタジアムで初の胴上げ。続いて新井も宙を舞う。\n＃カープ",
    "expandedUrl" : "https://twitter.com/i/web/status/1044921172662480896"
  }
}, {
  "like" : {
    "tweetId" : "1044926182175649792",
    "fullText" : "広島カープが初の3連覇を達成！\n#carp #カープ #npb\nhttps://t.co/qW75oCbMSQ",
    "expandedUrl" : "https://twitter.com/i/web/status/1044926182175649792"
  }
}, {
  "like" : {
    "tweetId" : "1044920243619917825",
    "fullText" : "優勝！！　ヤクルトを１０－０で下す\n＃カープ",
    "expandedUrl" : "https://twitter.com/i/web/status/1044920243619917825"
  }
}, {
  "like" : {
    "tweetId" : "1044923135211040768",
    "fullText" : "🏆広島東洋カープ 3連覇達成🏆\n\n27年ぶりの本拠地胴上げ🙌\n\n#緒方孝市 監督が\"９回\"広島の夜空に舞う！！\n\n📺CSファイナルステージ全試合https://t.co/u4BaoHt81Qでライブ中継\n\n#プロ野球 も #MLB も #DAZN\n#時代を変えろ\n#Carp\n#広島優勝\n#今年のCSはウチがもらう https://t.co/KbOEkmAm8f",
    "expandedUrl" : "https://twitter.com/i/web/status/1044923135211040768"
  }
}, {
  "like" : {
    "tweetId" : "1043565333666095104",
    "fullText" : "佐多岬からロケットを撮りました\n打ち上げ大成功！！\n.\n#H2BF7 #ロケット https://t.co/hpkepOTjLP",
    "expandedUrl" : "https://twitter.com/i/web/status/1043565333666095104"
  }
}, {
  "like" : {
    "tweetId" : "1042051374492643330",
    "fullText" : "英語中級の履修登録、ギリギリでいいやって思ってる人へ\nスマホだと登録に失敗することがあるそうなので、早めにパソコンから登録してしまうことをおすすめします\nちなみにこれのせいでSセメ英語中級履修しそびれたアカウントがこちらです",
    "expandedUrl" : "https://twitter.com/i/web/status/1042051374492643330"
  }
}, {
  "like" : {
    "tweetId" : "1041280392488148993",
    "fullText" : "こちらの事もお騒がせしました。便乗になってしまいすみません。\n実状知っていただけたので、今後世の何かしらが良くなったり、似た事が起きる率が少しなり減ったならそれで…とも思います。\nもし何か動きありましたらご報告します＋必要あれば詳細もご説明しますが、しばらく本懐の制作に集中します",
    "expandedUrl" : "https://twitter.com/i/web/status/1041280392488148993"
  }
}, {
  "like" : {
    "tweetId" : "1042662808821723136",
    "fullText" : "任天堂オンラインが有料化したことについて批判する人間たちを見てると、\n３０分以上もかけて１０００円も買い物しないクソゴミ客の一掃に成功してたスーパーを思い出す。 https://t.co/4WsEzHCRSi",
    "expandedUrl" : "https://twitter.com/i/web/status/1042662808821723136"
  }
}, {
  "like" : {
    "tweetId" : "1042316384070447105",
    "fullText" : "Q.日本人は物事を白黒つけるのが下手だと思いますか？ \n\n・思う ２１％ \n・思わない ７％ \n・どちらともいえない ７２％",
    "expandedUrl" : "https://twitter.com/i/web/status/1042316384070447105"
  }
}, {
  "like" : {
    "tweetId" : "1041602428225765377",
    "fullText" : "本当のことをいうと，東京に出てきて初めてご飯炊いた時，いつまで研げばいいのかわからなくて，一時間ぐらい研いで，さすがにもういいのではとなって炊いたらお餅ができたぐらいりょうりできないよ",
    "expandedUrl" : "https://twitter.com/i/web/status/1041602428225765377"
  }
}, {
  "like" : {
    "tweetId" : "1042966519473299456",
    "fullText" : "今までの抽選全部確認したけどやっぱり第一志望一回も受かってない、、、\n次は当てたい(もうない気がする、、、",
    "expandedUrl" : "https://twitter.com/i/web/status/1042966519473299456"
  }
}, {
  "like" : {
    "tweetId" : "1043697465134743553",
    "fullText" : "【新企画🍕】\n東工大生を全力で応援する、\n非人道的企画『GPA割』始まる‼︎‼︎\n\n君が再び成績表を開く時\nそこにはピザと現実が待っている……っ https://t.co/KPEPjRnNFB",
    "expandedUrl" : "https://twitter.com/i/web/status/1043697465134743553"
  }
}, {
  "like" : {
    "tweetId" : "1044255487775014912",
    "fullText" : "夏休み再履修したい〜〜〜〜",
    "expandedUrl" : "https://twitter.com/i/web/status/1044255487775014912"
  }
}, {
  "like" : {
    "tweetId" : "1042351706992852992",
    "fullText" : "新卒から2年半働いた会社を退職しました😊\n\n何だかんだ言って悪くない会社だったかな…としんみりしてたら、オジさんに帰り際｢次の会社ではちゃんとお酌しないとダメだよ。社会人なんだからね｣と言われたので前言撤回します。\n\n辞めてよかったーー！",
    "expandedUrl" : "https://twitter.com/i/web/status/1042351706992852992"
  }
}, {
  "like" : {
    "tweetId" : "1042646768138170368",
    "fullText" : "えー、案の定ですが英語中級の抽選登録なんかしてないわけですね。お昼までだったようですが。\n\n駒場行ってきます。",
    "expandedUrl" : "https://twitter.com/i/web/status/1042646768138170368"
  }
}, {
  "like" : {
    "tweetId" : "1042589341053181952",
    "fullText" : "㊗️SRM 2198-&gt;2331(+ei133)\nこれでAtもCFもtopもCSAも(ついでにchunithmも)全部赤になりました！！！！！㊗️㊗️㊗️🔴🔴🔴🐦🐦🐦🐦✌️✌️🎉🎉🎉🎊💃💃💃💃🎊🎊🎊🏆🏆🏆🍰🍹🍒🍎🍅🍉🍓🍄🌶️🥕🍧 人生の目標達成！！！！神権を得た。私は神です！！！！いえ～～い！！！！！！🏘️🏘️🏘️🏘️🏘️",
    "expandedUrl" : "https://twitter.com/i/web/status/1042589341053181952"
  }
}, {
  "like" : {
    "tweetId" : "1041795029637857280",
    "fullText" : "自作CコンパイラでHello worldできた…！！ https://t.co/mJ2puBGvrA",
    "expandedUrl" : "https://twitter.com/i/web/status/1041795029637857280"
  }
}, {
  "like" : {
    "tweetId" : "1042169036157575171",
    "fullText" : "五輪ボランティアの1日1000円ニュースの激アツポイントは「1000円支給の為にプリペイド式のカードを独自に製作」と「ボランティアスタッフの名称について複数の広告会社から名前を募集」の二点だからよろしくな",
    "expandedUrl" : "https://twitter.com/i/web/status/1042169036157575171"
  }
}, {
  "like" : {
    "tweetId" : "1044233085124894720",
    "fullText" : "競技プログラミング用の共通ライブラリを作るプロジェクトが開始されました。\nまだ初期段階なので色々な方の協力が欲しいです。プロジェクトに参加したい人は私までご連絡ください。\nhttps://t.co/O6pUolhppC",
    "expandedUrl" : "https://twitter.com/i/web/status/1044233085124894720"
  }
}, {
  "like" : {
    "tweetId" : "1041275919036379136",
    "fullText" : "ごちうさ三期が決定したので伝説と化したごちうさOPを振り返ってみましょう\n https://t.co/yD31UfSxoi",
    "expandedUrl" : "https://twitter.com/i/web/status/1041275919036379136"
  }
}, {
  "like" : {
    "tweetId" : "1041594000308752384",
    "fullText" : "IOIで文鳥のぬいぐるみをなくしてしまいました。😭心当たりのある人はいますか？🐣",
    "expandedUrl" : "https://twitter.com/i/web/status/1041594000308752384"
  }
}, {
  "like" : {
    "tweetId" : "1041803222677979136",
    "fullText" : "気づいたら歳をとってましたー\nこんな感じで適当に今年も生きて行きたいです",
    "expandedUrl" : "https://twitter.com/i/web/status/1041803222677979136"
  }
}, {
  "like" : {
    "tweetId" : "1040979555131875328",
    "fullText" : "〜地元にて〜\n居酒屋キャッチ「ちなみに、お兄さんたちどこ大で？」\n同志社大生「同志社です」\n居酒屋キャッチ「同志社！！賢い！！凄いですね！頭上がりませんよ！尊敬です！」\nぼく「ぼくは東北大です」\n居酒屋キャッチ「おっ！東北の大学！遠いですね！」\nぼく「( ◠‿◠ )( ◠‿◠ )( ◠‿◠ )」",
    "expandedUrl" : "https://twitter.com/i/web/status/1040979555131875328"
  }
}, {
  "like" : {
    "tweetId" : "1042781225008607237",
    "fullText" : "さわやか行ってきた！！\n本当にみんなに行って欲しい。マジで美味い。 https://t.co/SzlRhbiZPV",
    "expandedUrl" : "https://twitter.com/i/web/status/1042781225008607237"
  }
}, {
  "like" : {
    "tweetId" : "1042684321042096128",
    "fullText" : "本番で発生するバグが手元の環境で再現しない原因が判明した\n\n「push忘れ」",
    "expandedUrl" : "https://twitter.com/i/web/status/1042684321042096128"
  }
}, {
  "like" : {
    "tweetId" : "1042014856373657601",
    "fullText" : "「（知り合いからLINEきた）」\n\n『今忙しいですか？』\n\n「？　大丈夫だよ」\n\n『近くのコンビニでニンテンドープリペイドカードを買ってきて下さい』\n\n「（あ…これは…）」\n\n『買ってきたらチャージして下さい』\n\n「？？？」\n\n『チャージしたらUndertaleを買って下さい』\n\n「ただの強引な布教！！！」",
    "expandedUrl" : "https://twitter.com/i/web/status/1042014856373657601"
  }
}, {
  "like" : {
    "tweetId" : "1042574297129091073",
    "fullText" : "絶起により敗北です本当にごめんなさい",
    "expandedUrl" : "https://twitter.com/i/web/status/1042574297129091073"
  }
}, {
  "like" : {
    "tweetId" : "1043748579230138368",
    "fullText" : "何が「スタバで👩‍💻MacBook👨‍💻」じゃ💢💢💢💢\nできるエンジニアなら当然「🌊太平洋🌊でMacBook」😤💪💪💪 https://t.co/gbvto4IE0t",
    "expandedUrl" : "https://twitter.com/i/web/status/1043748579230138368"
  }
}, {
  "like" : {
    "tweetId" : "1041173891794661376",
    "fullText" : "結婚式のご祝儀はいくら包めば良いのか？ 悩ましい問題ですよね。マナーの本には、素数である30,011円や30,013円が良いと書かれています。しかし、このうち30,013円は、なんと123+122iで割り切れてしまいます！ 結婚する二人が別れることがないように、ガウス素数である30,011円を包みましょう。",
    "expandedUrl" : "https://twitter.com/i/web/status/1041173891794661376"
  }
}, {
  "like" : {
    "tweetId" : "1041213470908141568",
    "fullText" : "オムライス作ろうと思ったら具もケチャップも無くて似たもの考えて天津飯つくりました オイスターソースなくてたこ焼きソース、鶏ガラスープなくてシャンタンで代用したけどめちゃくちゃ美味い 今後の主軸に据えます https://t.co/4GBs7iVpr0",
    "expandedUrl" : "https://twitter.com/i/web/status/1041213470908141568"
  }
}, {
  "like" : {
    "tweetId" : "1040178575654170625",
    "fullText" : "ところで、「プログラミングができる学生」と「プログラミングを教わりたい子供」をマッチングして地方学生にプログラミングを仕事にする機会を、地方キッズにプログラミングを知る機会を提供するサービスとか絶対に需要があると思うんですけど、どうなんですか",
    "expandedUrl" : "https://twitter.com/i/web/status/1040178575654170625"
  }
}, {
  "like" : {
    "tweetId" : "1039168628623532033",
    "fullText" : "分かる人いるはず https://t.co/bcO5cDCYSx",
    "expandedUrl" : "https://twitter.com/i/web/status/1039168628623532033"
  }
}, {
  "like" : {
    "tweetId" : "1038808278854057986",
    "fullText" : "先生「たかし君は10cmのポッキーを切断して友達と分け合うことにしました。どこで切断すれば平等でしょうか。長さ10の数直線をポッキーと考えて、切断点を描き入れましょう。\nたかし君「デデキントの公理より、切断点をどこにとっても、閉区間と半開区間に分かれる。従って平等な切断は不可能である。",
    "expandedUrl" : "https://twitter.com/i/web/status/1038808278854057986"
  }
}, {
  "like" : {
    "tweetId" : "1040882970494562305",
    "fullText" : "〜15:00〜\nE869120「11 遅延セグ木で簡単なので解きます」\nKmcode「10 分かった気がするので解きます」\n\n〜15:50〜\nE869120「11 バグ取れない助けて」\nKmcode「分かった 10 のデバッグ頼む」\n\n〜16:00〜\nE869120「10 こういうケースで嘘解法」\n\n〜16:35〜\nE869120「10&lt;&lt;&lt;&lt;&lt;&lt;&lt;11」\nKmcode「10&gt;&gt;&gt;&gt;&gt;&gt;11」",
    "expandedUrl" : "https://twitter.com/i/web/status/1040882970494562305"
  }
}, {
  "like" : {
    "tweetId" : "1040252074406043648",
    "fullText" : "第一段階は点数しか見ないくせに第二段階の面接で成績90点以上ある子が「駒場で成績が良くても医学部でなんの意味があるのか」などと圧迫されて点数おそらく第二段階首位なのに医進できなかったっぽいんだけどもうこんな制度やめちまえよ",
    "expandedUrl" : "https://twitter.com/i/web/status/1040252074406043648"
  }
}, {
  "like" : {
    "tweetId" : "1038692705356804096",
    "fullText" : "【速報】麻布学園硬式野球部、対八王子桑志高校戦で33-4で5回コールド勝ち",
    "expandedUrl" : "https://twitter.com/i/web/status/1038692705356804096"
  }
}, {
  "like" : {
    "tweetId" : "1040557789230247938",
    "fullText" : "台本無断使用のお話教えてもらいましたが、台本作者さんへの言及の無さに創作への蔑視が見えて…うーん…\n同じ文字まわりで脚本費全話と脚本印税いまだ１円もお支払いいただけてないんですよね。けもの。しんどいので忘れるようにしてたんですが、やっぱりこういうのも声をあげた方がいいのかなー…",
    "expandedUrl" : "https://twitter.com/i/web/status/1040557789230247938"
  }
}, {
  "like" : {
    "tweetId" : "1040968759580618752",
    "fullText" : "AGC027: 2ヶ月ぶりのグランドコンテストは破壊力を遺憾なく発揮、参加しやすく見せるための部分点は本質的に満点と変わらないどころか誤解法(端からDP)を誘発してむしろ有害だったかもしれません。部分点を見て参加することにした人は今回はなかった扱いでいいと思います。",
    "expandedUrl" : "https://twitter.com/i/web/status/1040968759580618752"
  }
}, {
  "like" : {
    "tweetId" : "1038335259815763968",
    "fullText" : "みてろよエンジニアリング産業界 今にコンピューターサイエンスができない人間は指も触れられないシステムでお前たちの仕事をリプレースしてやるからな",
    "expandedUrl" : "https://twitter.com/i/web/status/1038335259815763968"
  }
}, {
  "like" : {
    "tweetId" : "1039310567549202432",
    "fullText" : "わ、東大を脅迫ですか。答申の疑念には答えず、東大の英語教育に難癖。ALESS・ALESAとかご存じない？もうちょい勉強して欲しいなあ、元慶應塾長さん。入試の記述式という、もう一つの利権政策を強行したのもこの人。安西祐一郎さん、日本教育史の暗黒頁に名前を残しましたね。https://t.co/OCzLBasyV2",
    "expandedUrl" : "https://twitter.com/i/web/status/1039310567549202432"
  }
}, {
  "like" : {
    "tweetId" : "1040978468895244288",
    "fullText" : "いやー、部分点見てどうせＤＰやろって思って書いちゃったけど、ＡＧＣであることを考えてちゃんと考察するべきだった。",
    "expandedUrl" : "https://twitter.com/i/web/status/1040978468895244288"
  }
}, {
  "like" : {
    "tweetId" : "1038669327010947072",
    "fullText" : "モテることとか色んな人と付き合うことを恋愛と捉えて上級者ぶってる人達おかしくね？私立大学に願書出しまくって合格してイキってるみたいなもんやろ？",
    "expandedUrl" : "https://twitter.com/i/web/status/1038669327010947072"
  }
}, {
  "like" : {
    "tweetId" : "1040160690114195456",
    "fullText" : "【テスター募集】弊社のエンジニア向けプロダクトのユーザビリティテストにご協力いただける方はいませんか？@渋谷\n都内住み、プログラミング経験あり、git触ったことある方が対象です。\n謝礼はお支払いしますので、ご協力いただける方はリプやDMください！\n何卒よろしくお願いします！",
    "expandedUrl" : "https://twitter.com/i/web/status/1040160690114195456"
  }
}, {
  "like" : {
    "tweetId" : "1038303608591155201",
    "fullText" : "IOIという語学研修でもらった参加賞と海外の方からもらったお土産 https://t.co/K9Qd0xFnVL",
    "expandedUrl" : "https://twitter.com/i/web/status/1038303608591155201"
  }
}, {
  "like" : {
    "tweetId" : "1040763128546377728",
    "fullText" : "親が就職に拘ってくるんだけどほんとにやめてほしい。「東大卒っていうことなら学部あんまり気にされないらしいわよ～」とか言われても、一般企業行く気あんまりないし、そもそも学部ってやりたいことで選ぶはずのものでしょう？進振りに拘っているの就職のためじゃないのに誤解されている気がする",
    "expandedUrl" : "https://twitter.com/i/web/status/1040763128546377728"
  }
}, {
  "like" : {
    "tweetId" : "1040876565289033728",
    "fullText" : "よく考えてみると、僕が JOI 金賞取って IOI 金相当なのに JOI 合宿で次点で落ちたり、square が PCK 予選落ちしたり、いろいろやばくないか？ そろそろ僕の家にとんでもない災難が降ってきそう (PCK お疲れ様でした。通った人も落ちた人も結果は気にしすぎないことをお勧めします)",
    "expandedUrl" : "https://twitter.com/i/web/status/1040876565289033728"
  }
}, {
  "like" : {
    "tweetId" : "1040933692397559810",
    "fullText" : "Made some more progress with my river render. Switched from using advected textures to Stefan Jeschke's Siggraph 2018 Wave Profile ideas. Looks much richer! #screenshotsaturday https://t.co/9ZaejVsngK",
    "expandedUrl" : "https://twitter.com/i/web/status/1040933692397559810"
  }
}, {
  "like" : {
    "tweetId" : "1041280391435280384",
    "fullText" : "台本無断使用の件、その後の進展教えていただきました。細部やタイミング等々えっ？と思うところあるのですが、一区切りして作者さんが納得されているならば良かったのと、こちらでふれる事ではなくなったかと思います",
    "expandedUrl" : "https://twitter.com/i/web/status/1041280391435280384"
  }
}, {
  "like" : {
    "tweetId" : "1038966969972613120",
    "fullText" : "どう考えても点数わかってるはずなのに、なぜ教務課は点数を開示しないのか?",
    "expandedUrl" : "https://twitter.com/i/web/status/1038966969972613120"
  }
}, {
  "like" : {
    "tweetId" : "1038766565586481152",
    "fullText" : "私事ですが…今日で20歳になりました！\n\nシーのパレードを見ながらホテルでランチからの味スタでルヴァン杯観戦という最高の1日でした٩(&gt;ω&lt;*)و\n(結果はとても残念でしたが、、)\n\nこれからも元気に楽しく1日1日を生きていけたらいいなぁと思います！！ https://t.co/NhN0NxUptI",
    "expandedUrl" : "https://twitter.com/i/web/status/1038766565586481152"
  }
}, {
  "like" : {
    "tweetId" : "1040104498201387008",
    "fullText" : "【第60回京都大学11月祭：統一テーマ決定！】\n\n統一テーマは、\n\n(NFテーマは当局により撤去されました)\n\nです！\n\nたくさんの投票ありがとうございました！",
    "expandedUrl" : "https://twitter.com/i/web/status/1040104498201387008"
  }
}, {
  "like" : {
    "tweetId" : "1040583227080007682",
    "fullText" : "大事件発生！ https://t.co/bjZdyCeuQ3",
    "expandedUrl" : "https://twitter.com/i/web/status/1040583227080007682"
  }
}, {
  "like" : {
    "tweetId" : "1040872600937742336",
    "fullText" : "自分たちのチームは0完でした......そもそも申し込み資格がなかったことが原因だったと思います...",
    "expandedUrl" : "https://twitter.com/i/web/status/1040872600937742336"
  }
}, {
  "like" : {
    "tweetId" : "1040969904059375616",
    "fullText" : "B問題、「右から順番に取っていくのが最善に決まっとるやろ」というお馬鹿な仮定を置いたせいで絶望だった。これ部分点取るだけでパフォーマンス全然違うのに取れないのは酷いね・・・。",
    "expandedUrl" : "https://twitter.com/i/web/status/1040969904059375616"
  }
}, {
  "like" : {
    "tweetId" : "1037857511263559680",
    "fullText" : "今取り調べを受けています",
    "expandedUrl" : "https://twitter.com/i/web/status/1037857511263559680"
  }
}, {
  "like" : {
    "tweetId" : "1036869748863037441",
    "fullText" : "滋賀県の1/6が水没って魔剤！？！？",
    "expandedUrl" : "https://twitter.com/i/web/status/1036869748863037441"
  }
}, {
  "like" : {
    "tweetId" : "1036806857300439040",
    "fullText" : "首相「日本主導で労働や環境などの国際的ルールづくりを」 | NHKニュース   https://t.co/da7WYfC0WU\n\n世界「労働の国際的ルール・・・日本主導で・・・？」",
    "expandedUrl" : "https://twitter.com/i/web/status/1036806857300439040"
  }
}, {
  "like" : {
    "tweetId" : "894943560453169155",
    "fullText" : "頭の中で何かが繋がった https://t.co/m1SVuWTSL9",
    "expandedUrl" : "https://twitter.com/i/web/status/894943560453169155"
  }
}, {
  "like" : {
    "tweetId" : "1037694189515857920",
    "fullText" : "記者:今年の問題はどうでしたか？\nぼく:いつもどうりだとおもいます\n\nなんだよなあ。\n金メダルも、もう順位表でてたから、とくに問題なく順位表のとうりに金メダルだと思うって意味です。\n編集…",
    "expandedUrl" : "https://twitter.com/i/web/status/1037694189515857920"
  }
}, {
  "like" : {
    "tweetId" : "1038165714035769346",
    "fullText" : "なんとなく風呂でふと「英語だけ言われて大変だなぁ〜」って思って呟いたら、日本の教育への批判、英会話取得のアドバイス、水素水に関する議論、与党批判、野党批判、そのようなリプを送ることへの批判、などが合わせて300件ほど僕に寄せられ、「どうしてこうなった...」ってなってる。 https://t.co/HsoXiKMztC",
    "expandedUrl" : "https://twitter.com/i/web/status/1038165714035769346"
  }
}, {
  "like" : {
    "tweetId" : "1037972807357874176",
    "fullText" : "https://t.co/rGifEsjDpi",
    "expandedUrl" : "https://twitter.com/i/web/status/1037972807357874176"
  }
}, {
  "like" : {
    "tweetId" : "1037602499966849024",
    "fullText" : "7大とりあえずディスっておけば共感が得られるもの\n\n・Twitter運営\n・労働環境\n・教育制度\n・異性\n・年寄り\n・龍神\n・24時間テレビ",
    "expandedUrl" : "https://twitter.com/i/web/status/1037602499966849024"
  }
}, {
  "like" : {
    "tweetId" : "1038015232193351681",
    "fullText" : "ええとあの〜 https://t.co/3FSx9PlNSZ",
    "expandedUrl" : "https://twitter.com/i/web/status/1038015232193351681"
  }
}, {
  "like" : {
    "tweetId" : "1037978517487595521",
    "fullText" : "報告があります。\n\nIOI 2018 日本大会、0 完ながら 362 点、17 位で金メダルを獲得しました。\n一番いい色のメダルが取れて何より嬉しい限りです。ただ、団長副団長、運営、作問者の協力なしでは結果が出せてないと思うので、本当に感謝してます。ありがとうございました。\n\nThank you for everything! https://t.co/nGA616AO6d",
    "expandedUrl" : "https://twitter.com/i/web/status/1037978517487595521"
  }
}, {
  "like" : {
    "tweetId" : "1036973541797724165",
    "fullText" : "ほんとにあった怖い話 https://t.co/UnU3kEIaZw",
    "expandedUrl" : "https://twitter.com/i/web/status/1036973541797724165"
  }
}, {
  "like" : {
    "tweetId" : "1037434246162345984",
    "fullText" : "パンダちゃんのお家は震度5強でした",
    "expandedUrl" : "https://twitter.com/i/web/status/1037434246162345984"
  }
}, {
  "like" : {
    "tweetId" : "1038411868740628480",
    "fullText" : "久々の全完",
    "expandedUrl" : "https://twitter.com/i/web/status/1038411868740628480"
  }
}, {
  "like" : {
    "tweetId" : "1037228174889766912",
    "fullText" : "IOI優勝者をトイレ誘導スタッフに使ったのマジで面白かった",
    "expandedUrl" : "https://twitter.com/i/web/status/1037228174889766912"
  }
}, {
  "like" : {
    "tweetId" : "1037715922620801024",
    "fullText" : "C++でできる！OS自作入門の表紙はこんな感じ https://t.co/RdD8ztxMfa",
    "expandedUrl" : "https://twitter.com/i/web/status/1037715922620801024"
  }
}, {
  "like" : {
    "tweetId" : "1037844479498022912",
    "fullText" : "なんか筑駒のOB会から婚活支援イベントの情報が来てるんだけど...\n流石結婚率40%やることが違う\n(何がおかしいって結婚率&lt;東大合格率なんだよな)",
    "expandedUrl" : "https://twitter.com/i/web/status/1037844479498022912"
  }
}, {
  "like" : {
    "tweetId" : "1037978290995126272",
    "fullText" : "IOI 銀メダル🥈獲得しました！！！！！\nとてもうれしいです！来年は本気で金メダルを狙っていきます！協力・応援してくれたみなさんはありがとうございます！！！ https://t.co/I33uIxPYyX",
    "expandedUrl" : "https://twitter.com/i/web/status/1037978290995126272"
  }
}, {
  "like" : {
    "tweetId" : "1037887841626284032",
    "fullText" : "????? https://t.co/j9FIxj4Vfk",
    "expandedUrl" : "https://twitter.com/i/web/status/1037887841626284032"
  }
}, {
  "like" : {
    "tweetId" : "1037718396706545667",
    "fullText" : "0点→98点は草 https://t.co/Xfz3xO68XJ",
    "expandedUrl" : "https://twitter.com/i/web/status/1037718396706545667"
  }
}, {
  "like" : {
    "tweetId" : "1036807204316176384",
    "fullText" : "台風の日に男性は出勤、女性は自宅待機と決まったのでなぜそうなったかと上司に尋ねた所「女性の方が危険度が高いから。ニュースでも女性が看板の下敷きで下半身不随になった事件があっただろ」との事。「僕が同じ状況でも下半身不随になると思いますけど」と返しましたが満足いく返答はなかったです。",
    "expandedUrl" : "https://twitter.com/i/web/status/1036807204316176384"
  }
}, {
  "like" : {
    "tweetId" : "1037857364282494976",
    "fullText" : "知り合いの女の子が盗撮されてたので犯人を確保したんですけどこれ恋始まるやつでしょ",
    "expandedUrl" : "https://twitter.com/i/web/status/1037857364282494976"
  }
}, {
  "like" : {
    "tweetId" : "1037954700304244737",
    "fullText" : "プログラミングを始めたての人がサンプルコードを書くときに、ひらがなや漢字などの全角文字を出力しようとするのは絶対に止めた方が良い、ローマ字表記でいいから半角英数字を使うべき\n本質ではないところにはまる",
    "expandedUrl" : "https://twitter.com/i/web/status/1037954700304244737"
  }
}, {
  "like" : {
    "tweetId" : "1037215161239695361",
    "fullText" : "🥇🥇🥇🥇🥇🥇🥇🥇🥇",
    "expandedUrl" : "https://twitter.com/i/web/status/1037215161239695361"
  }
}, {
  "like" : {
    "tweetId" : "1038425869281157120",
    "fullText" : "パフォーマンス1478!!\n908 -&gt; 980(+72)!!\nやったね!!",
    "expandedUrl" : "https://twitter.com/i/web/status/1038425869281157120"
  }
}, {
  "like" : {
    "tweetId" : "1037857411065729024",
    "fullText" : "というか偉くないか",
    "expandedUrl" : "https://twitter.com/i/web/status/1037857411065729024"
  }
}, {
  "like" : {
    "tweetId" : "1034923276907077633",
    "fullText" : "「3年間いじめられても90年生きると考えれば一瞬」さん、ぜひともテロ組織にでも捕まって3年ほど拷問されて過ごして欲しい。",
    "expandedUrl" : "https://twitter.com/i/web/status/1034923276907077633"
  }
}, {
  "like" : {
    "tweetId" : "1035822284169142272",
    "fullText" : "巨人：鳴かぬなら 鳴くのを買おう ホトトギス\n\n阪神：鳴かぬなら 鳴くのと入れ替え ホトトギス\n\n中日：鳴かぬなら 鳴かせてみせよう ホトトギス\n\nヤクルト：鳴かぬなら 鳴くまで我慢 ホトトギス\n\n広島：鳴かぬなら 鳴くまで特訓 ホトトギス\n\n横浜：鳴かぬ",
    "expandedUrl" : "https://twitter.com/i/web/status/1035822284169142272"
  }
}, {
  "like" : {
    "tweetId" : "1034381331696775169",
    "fullText" : "息子の担任は、漢字テストで習ってない漢字を書いて当たってたら○がもらえるシステムにしてるので、100点満点中103点とかいう謎のテストが返ってくる。\nちなみに、息子の今までの最高得点は112点。 https://t.co/pzDPHE73M4",
    "expandedUrl" : "https://twitter.com/i/web/status/1034381331696775169"
  }
}, {
  "like" : {
    "tweetId" : "1034931385117491200",
    "fullText" : "これめっちゃすき https://t.co/ZcKwNALMGV",
    "expandedUrl" : "https://twitter.com/i/web/status/1034931385117491200"
  }
}, {
  "like" : {
    "tweetId" : "1034651215441756161",
    "fullText" : "先週は情報モラル講習会を受けたんですけど、講師の方が「SNSも増えましたが最近だとmixiを使ってらっしゃる一番多いのでは…」という猛烈なスタートダッシュをキメられたので内容が何一つ頭に入らなかった。",
    "expandedUrl" : "https://twitter.com/i/web/status/1034651215441756161"
  }
}, {
  "like" : {
    "tweetId" : "1036314872802238464",
    "fullText" : "もし義務教育でコンピューターに触らせてあげないと、コンピューターに触れる家の子とそうでない子の格差がすごく開いてしまうんだよ。基本的にそういう要素を解消してあげるのが義務教育の重要な役割だと思うんだよね。なので義務教育でコンピューターは絶対にやるべきだと思う派なのだ。",
    "expandedUrl" : "https://twitter.com/i/web/status/1036314872802238464"
  }
}, {
  "like" : {
    "tweetId" : "1036180429642952704",
    "fullText" : "日本株のココがすごい！\n・13日の金曜日にジェーソンという会社の株価が上がる\n・火山が噴火するとドーンという会社の株が上がる\n・パンダが妊娠すると中華料理屋の株が上がる\n・芸能人結婚で暴落\n・ジブリで暴落\n\nそらAIも匙投げるわ('ε'*) https://t.co/XkF9JlwlOd",
    "expandedUrl" : "https://twitter.com/i/web/status/1036180429642952704"
  }
}, {
  "like" : {
    "tweetId" : "1036615088365481984",
    "fullText" : "ネコが人間にインターネットを開発させて、インターネットを巧みに利用してネコ支持者を増やす戦略を実行してたってマジ？(´･_･`)",
    "expandedUrl" : "https://twitter.com/i/web/status/1036615088365481984"
  }
}, {
  "like" : {
    "tweetId" : "1036607707082514433",
    "fullText" : "AtCoderの公開されているテストケースへのリンクを追加する拡張機能を作ってみました\nChrome拡張: https://t.co/pPFbqUIwAF\nUserScript: https://t.co/zZy2o7az46 https://t.co/DWWXNExtyP",
    "expandedUrl" : "https://twitter.com/i/web/status/1036607707082514433"
  }
}, {
  "like" : {
    "tweetId" : "1034667443715620864",
    "fullText" : "【受験生向け情報】不定積分が出てきたら積分定数を忘れずにお書きくださいまし。高校数学の多くの問題では積分定数は書き忘れると減点対象になるだけのただの飾りですけれど、物理では書き忘れると地球が太陽に落下してしまうくらい重要ですわ。",
    "expandedUrl" : "https://twitter.com/i/web/status/1034667443715620864"
  }
}, {
  "like" : {
    "tweetId" : "1036171941139251200",
    "fullText" : "【佳子さま 初の英語スピーチ】\nhttps://t.co/wUTLY0Qa41\n\n世界中の高校生らがプログラミング技術を競う「国際情報オリンピック」の開会式で、秋篠宮家の二女・佳子さまが英語でスピーチ。公務での英語スピーチは初めて。",
    "expandedUrl" : "https://twitter.com/i/web/status/1036171941139251200"
  }
}, {
  "like" : {
    "tweetId" : "1036257175293706241",
    "fullText" : "ごはんできた！！！！！ https://t.co/PJ80YQIz7Z",
    "expandedUrl" : "https://twitter.com/i/web/status/1036257175293706241"
  }
}, {
  "like" : {
    "tweetId" : "1035877794310287360",
    "fullText" : "｡+ﾟ(∩´﹏`∩)ﾟ+｡ふぇぇ…\n\n自作PC初心者だから\nどのグラボを買えば良いかわからなくて\n最近の変なストレスも相まって\nまた買うグラボ間違えちゃったの｡ﾟ(ﾟ´ω`ﾟ)ﾟ｡ https://t.co/gp1ZMgtKxi",
    "expandedUrl" : "https://twitter.com/i/web/status/1035877794310287360"
  }
}, {
  "like" : {
    "tweetId" : "1036171663631515648",
    "fullText" : "なにこれ...ARC-Dが3byteで解かれてる...https://t.co/HPc9rJ6tsp",
    "expandedUrl" : "https://twitter.com/i/web/status/1036171663631515648"
  }
}, {
  "like" : {
    "tweetId" : "1035890827363409920",
    "fullText" : "ARC102\nperf:2420\nrating:1999→2052\n黄色になれました！！ https://t.co/XCOdreeokF",
    "expandedUrl" : "https://twitter.com/i/web/status/1035890827363409920"
  }
}, {
  "like" : {
    "tweetId" : "1035186736446332928",
    "fullText" : "https://t.co/5EK4JZi8Bu",
    "expandedUrl" : "https://twitter.com/i/web/status/1035186736446332928"
  }
}, {
  "like" : {
    "tweetId" : "1035545302134972417",
    "fullText" : "はい。この時点で彼女がいない人は平成最後の夏を非リアで無事終了した人です。ご愁傷様。泣きたいです。",
    "expandedUrl" : "https://twitter.com/i/web/status/1035545302134972417"
  }
}, {
  "like" : {
    "tweetId" : "1035709095704051713",
    "fullText" : "昨日、科目明細、仕訳明細を表示しようとすると強制終了する不具合を修正しましたが、今度はカレンダー画面から仕訳明細を表示すると仕訳明細の表示期間がおかしくなる不具合が生じてしまいました。こちらも週末中には修正したいと思います。なかなか不具合がなくならずすみません。",
    "expandedUrl" : "https://twitter.com/i/web/status/1035709095704051713"
  }
}, {
  "like" : {
    "tweetId" : "1036975527456780288",
    "fullText" : "大大大興奮！延長11回裏、上田選手が決めてくれました！人生初めてのサヨナラホームラン！すわほー！\n#swallows https://t.co/mz0KsIdzMO",
    "expandedUrl" : "https://twitter.com/i/web/status/1036975527456780288"
  }
}, {
  "like" : {
    "tweetId" : "1034969144356036609",
    "fullText" : "2人グループに、「入れてもらえる？どこかの2人ペアとくっついて5人になろ!」みたいに声かけたら、別の3人グループが来て、私が仲間はずれになる的なことを、めっちゃ繰り返した",
    "expandedUrl" : "https://twitter.com/i/web/status/1034969144356036609"
  }
}, {
  "like" : {
    "tweetId" : "1016848807743516672",
    "fullText" : "合唱は歌い手じゃなくて聴き手の問題\nもし歌い手の振動数がおかしかったら聴き手が動いてドップラー効果をおこせばいいだけ、音痴は聴き手の怠慢",
    "expandedUrl" : "https://twitter.com/i/web/status/1016848807743516672"
  }
}, {
  "like" : {
    "tweetId" : "1035870754724667393",
    "fullText" : "✌ https://t.co/a6IgjpAs0i",
    "expandedUrl" : "https://twitter.com/i/web/status/1035870754724667393"
  }
}, {
  "like" : {
    "tweetId" : "1036224383637905409",
    "fullText" : "国際情報オリンピックのスタッフのTシャツ、シュールすぎる。 https://t.co/VixWJRijXG",
    "expandedUrl" : "https://twitter.com/i/web/status/1036224383637905409"
  }
}, {
  "like" : {
    "tweetId" : "1036263394687385600",
    "fullText" : "どうしよう…\nわたしが考えて書いた台本が、そのまま「けものフレンズ」新ユニットオーディションの課題原稿になってる… 悲しい。\n\n・著作権は放棄してないよ\n・自作原稿と受け取られる形で盗用しないでね\n・出典を明記してね\nということは、書いておいたのだけれど…\nhttps://t.co/UsvcSnYR8g",
    "expandedUrl" : "https://twitter.com/i/web/status/1036263394687385600"
  }
}, {
  "like" : {
    "tweetId" : "1035894936430772226",
    "fullText" : "ARC102 oo-- 98th\nPerf : 2320\n1993-&gt;2031(+38) Highest\n\n黄色になりました https://t.co/fM1NLSpSSg",
    "expandedUrl" : "https://twitter.com/i/web/status/1035894936430772226"
  }
}, {
  "like" : {
    "tweetId" : "1214397316771172353",
    "fullText" : "これは本質情報ですが、今から進化生物学始めます",
    "expandedUrl" : "https://twitter.com/i/web/status/1214397316771172353"
  }
}, {
  "like" : {
    "tweetId" : "1215636583379959808",
    "fullText" : "@e869120 競プロerは多少キレていても優しい人たちですから、「unratedじゃんけんじゃんけんぽん✋レート変動2859-&gt;2859(+0)で俺の勝ち笑笑✌️」とかツイートしないかぎりなんともないと思われます(掌返し)\nこちらこそリプ失礼しました",
    "expandedUrl" : "https://twitter.com/i/web/status/1215636583379959808"
  }
}, {
  "like" : {
    "tweetId" : "1212802044953628672",
    "fullText" : "睡眠崩壊オタクあぶり出し",
    "expandedUrl" : "https://twitter.com/i/web/status/1212802044953628672"
  }
}, {
  "like" : {
    "tweetId" : "1216637150722048000",
    "fullText" : "私がアインクラッドより断然ファントムバレット推しなの、たぶん私がそんなに剣と魔法の世界に魅力を感じてないからですね……(いやもちろんアスナよりシノンが好きというのもあるだろうけど)",
    "expandedUrl" : "https://twitter.com/i/web/status/1216637150722048000"
  }
}, {
  "like" : {
    "tweetId" : "1219052430253424640",
    "fullText" : "これはびっくりなのですがCF中に寝落ちていました　レートがオレンジになりました😭",
    "expandedUrl" : "https://twitter.com/i/web/status/1219052430253424640"
  }
}, {
  "like" : {
    "tweetId" : "1215716230880825344",
    "fullText" : "CTF初心者slackあったら入りたいな\n無限に上級者に質問したい",
    "expandedUrl" : "https://twitter.com/i/web/status/1215716230880825344"
  }
}, {
  "like" : {
    "tweetId" : "1219200731590230017",
    "fullText" : "https://t.co/5GsGQe7LO8",
    "expandedUrl" : "https://twitter.com/i/web/status/1219200731590230017"
  }
}, {
  "like" : {
    "tweetId" : "1218053882300944385",
    "fullText" : "春にフィでインターンしてみようかなと思ってjobs開いたら去年書類選考で落ちてたの思い出した これ再応募出来なくないか",
    "expandedUrl" : "https://twitter.com/i/web/status/1218053882300944385"
  }
}, {
  "like" : {
    "tweetId" : "1217754634380435456",
    "fullText" : "自作CPUに関心がある人で集まってもくもく作業をしましょう!!\n場所はサイボウズ本社です。今回は自作OSもくもく会も隣の部屋で開催されています。ぜひご参加ください!!\n\nhttps://t.co/g0Kqg6OSPW",
    "expandedUrl" : "https://twitter.com/i/web/status/1217754634380435456"
  }
}, {
  "like" : {
    "tweetId" : "1217596576568242176",
    "fullText" : "ん 今日誕生日じゃん 18歳になりました",
    "expandedUrl" : "https://twitter.com/i/web/status/1217596576568242176"
  }
}, {
  "like" : {
    "tweetId" : "1213984878582067201",
    "fullText" : "えっあの間違えて車庫に入る電車に乗っちゃったんだけど…詰んだ…",
    "expandedUrl" : "https://twitter.com/i/web/status/1213984878582067201"
  }
}, {
  "like" : {
    "tweetId" : "1219430392513490944",
    "fullText" : "TDLという文字列見て秒で東京ディズニーランドって変換してから\nいやTDL1.5倍ってTDLというなんらかの数値の通称じゃね？→地学系の学科なのにそれ知らんのやばくね？ってなって記事みたら普通に東京ディズニーランドだった回&gt;RT",
    "expandedUrl" : "https://twitter.com/i/web/status/1219430392513490944"
  }
}, {
  "like" : {
    "tweetId" : "1217027086134591488",
    "fullText" : "著作物と作者は分けて考えるべきだとは思うんだけど、でもひどい参考書の作者がやらかしてくれると「あの作者は犯罪者だからダメ」みたいな詭弁でその参考書の使用を抑止できるので最高ですよね。",
    "expandedUrl" : "https://twitter.com/i/web/status/1217027086134591488"
  }
}, {
  "like" : {
    "tweetId" : "1217041485972959232",
    "fullText" : "@E31415926 さすがにそれは指定いないとまずかったですね・・・すみません\n（C++しかやっていないので気にしていませんでした）",
    "expandedUrl" : "https://twitter.com/i/web/status/1217041485972959232"
  }
}, {
  "like" : {
    "tweetId" : "1217627203438956544",
    "fullText" : "そういえばOtakuAssemblyは技術書典8の1日目　う33に配置されました。よろしくね",
    "expandedUrl" : "https://twitter.com/i/web/status/1217627203438956544"
  }
}, {
  "like" : {
    "tweetId" : "1218451138694922240",
    "fullText" : "pwn学びたいならhttps://t.co/QbCcOcXNT2がオススメなんですが、日本人でやっている人間が少ない。500点問題まで解けるようになれば、一般的なCTFのpwnはおおよそ解ける",
    "expandedUrl" : "https://twitter.com/i/web/status/1218451138694922240"
  }
}, {
  "like" : {
    "tweetId" : "1212027058940854273",
    "fullText" : "-5Byte\nhttps://t.co/w8K3A3tTi6",
    "expandedUrl" : "https://twitter.com/i/web/status/1212027058940854273"
  }
}, {
  "like" : {
    "tweetId" : "1217805713717653505",
    "fullText" : "JOI 本選まで残り3週間となっていますが、現在実力が不足していても春合宿進出チャンスがあります。\n\n「1000問で青、1500問で黄色」といったように、1問解くごとにレート1上がるという傾向があります。春合宿は1600で2割・1900で5割程度行けますので、最後まで諦めず精進するのが大切です。 https://t.co/Mb5yLkWLMz",
    "expandedUrl" : "https://twitter.com/i/web/status/1217805713717653505"
  }
}, {
  "like" : {
    "tweetId" : "1215651982788026375",
    "fullText" : "@livedoornews ぼくのフレンドもいい曲だゾ！！！！！！！！",
    "expandedUrl" : "https://twitter.com/i/web/status/1215651982788026375"
  }
}, {
  "like" : {
    "tweetId" : "1214962565937152001",
    "fullText" : "分析化学とか言うの、地環民がマジで誰も取っていないのでシケプリも過去問も入手出来てないし講義でも結局ぼっちだったのでマジで一文字も理解出来ていない\n因みに先程試験は今日の五時限と強く予想される事が判明致しました",
    "expandedUrl" : "https://twitter.com/i/web/status/1214962565937152001"
  }
}, {
  "like" : {
    "tweetId" : "1215517169892511744",
    "fullText" : "そうか、Wordで書いたレポートなら東京にいなくても遠隔で誰かに提出代行してもらうことができるのか()",
    "expandedUrl" : "https://twitter.com/i/web/status/1215517169892511744"
  }
}, {
  "like" : {
    "tweetId" : "1216768936085094400",
    "fullText" : "ソクラテス「無知を知っていますか？ 僕は知っています」",
    "expandedUrl" : "https://twitter.com/i/web/status/1216768936085094400"
  }
}, {
  "like" : {
    "tweetId" : "1218852786969837568",
    "fullText" : "告白をする競プロer「月が綺麗なのを知っていますか？僕は知っています」",
    "expandedUrl" : "https://twitter.com/i/web/status/1218852786969837568"
  }
}, {
  "like" : {
    "tweetId" : "1214960050499801088",
    "fullText" : "地球環境学、ドライブに上げてある授業スライドとシケプリは全部読んだ\n後は知らねえ",
    "expandedUrl" : "https://twitter.com/i/web/status/1214960050499801088"
  }
}, {
  "like" : {
    "tweetId" : "1216880248509227010",
    "fullText" : "SwiftUIで将棋盤をつくってみました👑\n選択した駒の移動可能なマスを表示したり、持駒を盤上に打ったりできます。SwiftUIはデータ/状態の管理がラクで、UIの実装にしっかり集中できました。実装はGitHubで公開しています。\nhttps://t.co/sy7FpDbjWD https://t.co/Vh3K0DL70T",
    "expandedUrl" : "https://twitter.com/i/web/status/1216880248509227010"
  }
}, {
  "like" : {
    "tweetId" : "1034713940905713665",
    "fullText" : "なんと岡山では税が-7.4% https://t.co/Hz2k5FyLkj",
    "expandedUrl" : "https://twitter.com/i/web/status/1034713940905713665"
  }
}, {
  "like" : {
    "tweetId" : "1034534625857753093",
    "fullText" : "VRでハングライダー。 https://t.co/FJ3LoGdHYs",
    "expandedUrl" : "https://twitter.com/i/web/status/1034534625857753093"
  }
}, {
  "like" : {
    "tweetId" : "1034676556084301824",
    "fullText" : "https://t.co/9ioM84muU1",
    "expandedUrl" : "https://twitter.com/i/web/status/1034676556084301824"
  }
}, {
  "like" : {
    "tweetId" : "1033968564414246912",
    "fullText" : "【組合が発表】日大、オープンキャンパス来場者が激減\nhttps://t.co/17b1x4I5Jz\n\n現時点で前年比7955人、18.2%の減少となっている。ただ、騒動で話題となった危機管理学部は12.4%増加しているという。 https://t.co/qGVbl5mDax",
    "expandedUrl" : "https://twitter.com/i/web/status/1033968564414246912"
  }
}, {
  "like" : {
    "tweetId" : "1034799819473092608",
    "fullText" : "ioi直前にして競プロの問題を一問も解かず終わらない夏休みの宿題に絶望して睡眠につくIOIerはこちらです",
    "expandedUrl" : "https://twitter.com/i/web/status/1034799819473092608"
  }
}, {
  "like" : {
    "tweetId" : "1034385914787594240",
    "fullText" : "新幹線でハシャぐ子供たちにずっっっと舌打ちしてた隣のおじさん（仮）が話しかけて来て\n「こどもってのは自分の機嫌もコントロール出来ないし、周りの迷惑も考えないから困るなぁ…」と\n真面目な顔して急に自己紹介を始めたので僕はたいへん驚きました。",
    "expandedUrl" : "https://twitter.com/i/web/status/1034385914787594240"
  }
}, {
  "like" : {
    "tweetId" : "1033036936099725312",
    "fullText" : "「ろう者は時間にルーズ」という誤解。\n係員：１０時１５分前に集合ね\n通訳：１０時１５分前・集合・お願い\nろう者：では５分前に到着しよう\n当日\n聴者９時４０分\nろう者１０時１０分集合\n聴者「ほらね，３０分待たされた」\n誰が悪い！？\n犯人は無知な通訳者。「９時４５分集合」となぜ翻訳しない！？",
    "expandedUrl" : "https://twitter.com/i/web/status/1033036936099725312"
  }
}, {
  "like" : {
    "tweetId" : "1034008303293018112",
    "fullText" : "https://t.co/2pZMscD0Uu",
    "expandedUrl" : "https://twitter.com/i/web/status/1034008303293018112"
  }
}, {
  "like" : {
    "tweetId" : "1033887399216988160",
    "fullText" : "「女性向け」を謳われてる機械、基本的にクソ。操作が簡単と書いてあるけど別にUIが優れてる訳でもなく、ただスペック低くて出来ることが少ないだけみたいなの多い。男性向けだと「男の××」みたいな食品は比較的クソだな。味が濃いだけか量が多いだけ",
    "expandedUrl" : "https://twitter.com/i/web/status/1033887399216988160"
  }
}, {
  "like" : {
    "tweetId" : "1034290149180329984",
    "fullText" : "今日は特別に僕の作業ディレクトリを公開するよ！ https://t.co/SV0c5kBRcH",
    "expandedUrl" : "https://twitter.com/i/web/status/1034290149180329984"
  }
}, {
  "like" : {
    "tweetId" : "372604908630863872",
    "fullText" : "ヌエックの人「ヌエッ」",
    "expandedUrl" : "https://twitter.com/i/web/status/372604908630863872"
  }
}, {
  "like" : {
    "tweetId" : "1033139295555481601",
    "fullText" : "これまっすぐ進んだ方が早いのでは？ https://t.co/ebqmfxtEBz",
    "expandedUrl" : "https://twitter.com/i/web/status/1033139295555481601"
  }
}, {
  "like" : {
    "tweetId" : "1033996586622181376",
    "fullText" : "「僕のこと覚えてます？」←違法\n「お久しぶりです　○○です　前回はXXでお会いした以来ですが…」←最高　イケメン　人間の鑑",
    "expandedUrl" : "https://twitter.com/i/web/status/1033996586622181376"
  }
}, {
  "like" : {
    "tweetId" : "1034574485372821504",
    "fullText" : "課金要素(嘘画像です) https://t.co/Q6VwnvZHBR",
    "expandedUrl" : "https://twitter.com/i/web/status/1034574485372821504"
  }
}, {
  "like" : {
    "tweetId" : "1034689410585907205",
    "fullText" : "AtCoderSubmitter使用例です https://t.co/Y0zTeErA0G",
    "expandedUrl" : "https://twitter.com/i/web/status/1034689410585907205"
  }
}, {
  "like" : {
    "tweetId" : "1034333857745489920",
    "fullText" : "教習所にて\n先生「大学どこなの？」\n心の声(またか…)\n僕「東京大学です」\n先生「へぇ、ヘルメットとかかぶるの？」\n僕「？」\n先生「ほら、学生運動とか」\n心の声(いきなりそれ聞くのは草)",
    "expandedUrl" : "https://twitter.com/i/web/status/1034333857745489920"
  }
}, {
  "like" : {
    "tweetId" : "1034261505464721408",
    "fullText" : "CLion勢いますか(色々聞きたいことがあるんですが...)",
    "expandedUrl" : "https://twitter.com/i/web/status/1034261505464721408"
  }
}, {
  "like" : {
    "tweetId" : "1034354109732646913",
    "fullText" : "「数式を睨んでいると答えが浮かんでくる」とかさっぱり理解出来ない異次元の世界に思えるのですが、「引数型と返り値型を決めれば実装が自然と思い浮かんでくる」とか「コードを見てるとバグがありそうな部分が分かる」とかもプログラミングにあまり習熟してない人には異次元テクニックかもしれません",
    "expandedUrl" : "https://twitter.com/i/web/status/1034354109732646913"
  }
}, {
  "like" : {
    "tweetId" : "1034251856271142913",
    "fullText" : "どうすればいいですか...(CMakeListsおいてるのに認識してくれない) https://t.co/dqFuWMelke",
    "expandedUrl" : "https://twitter.com/i/web/status/1034251856271142913"
  }
}, {
  "like" : {
    "tweetId" : "1034743423905873920",
    "fullText" : "あさってからIOI...",
    "expandedUrl" : "https://twitter.com/i/web/status/1034743423905873920"
  }
}, {
  "like" : {
    "tweetId" : "1033424729523146752",
    "fullText" : "は？？？ https://t.co/NOY8TDJlfi",
    "expandedUrl" : "https://twitter.com/i/web/status/1033424729523146752"
  }
}, {
  "like" : {
    "tweetId" : "1034705078161039360",
    "fullText" : "私は数学だけが好きで高校は理系コースでした。サバサバ一匹狼系少数派女子とウェイ味皆無の理系男子のクラスで女子男子比が1:8。いじめ、ハブリ、カースト無く天国でした。文系女子社交界では窒息死していたかもしれないので、理系女子という生き方は、高校生の私にとって生存戦略だったんだなあ。 https://t.co/zcVHPwRlOM",
    "expandedUrl" : "https://twitter.com/i/web/status/1034705078161039360"
  }
}, {
  "like" : {
    "tweetId" : "1034328188044767232",
    "fullText" : "MacとWindows両方揃えるのが最強でしょ",
    "expandedUrl" : "https://twitter.com/i/web/status/1034328188044767232"
  }
}, {
  "like" : {
    "tweetId" : "1034649170596880384",
    "fullText" : "限界18きっぷ鬼ごっこルール\n・逃走者1名VS追跡者5名程度\n・逃走者は任意の大都市圏の中心駅から始発スタート、追跡者は100キロ以上離れた任意の駅から同時にスタートする\n・1時間ごとに逃走者の現在地が追跡者の端末に配信される。\n・制限時間は5日間\n続く",
    "expandedUrl" : "https://twitter.com/i/web/status/1034649170596880384"
  }
}, {
  "like" : {
    "tweetId" : "1034609826507059201",
    "fullText" : "学校で、女子は理系に行かないほうがいいという指導がされているというのは、今でも色んな所から聞こえてきます。僕はむしろ積極的に数学でぶん殴りに行けと伝えています。",
    "expandedUrl" : "https://twitter.com/i/web/status/1034609826507059201"
  }
}, {
  "like" : {
    "tweetId" : "1032825671960031233",
    "fullText" : "遂にAmazonが本性を現したのかとおもった https://t.co/9LNm2mjCdR",
    "expandedUrl" : "https://twitter.com/i/web/status/1032825671960031233"
  }
}, {
  "like" : {
    "tweetId" : "1033203720899575808",
    "fullText" : "ミラーレス一眼を買おうと思っていろいろ読んでるんだけど、操作が簡単な機種には決まって「初心者や女性にもわかりやすい」とか書いてあって腹立つな。",
    "expandedUrl" : "https://twitter.com/i/web/status/1033203720899575808"
  }
}, {
  "like" : {
    "tweetId" : "1031032491237289984",
    "fullText" : "は？？？？？？楽曲の公募審査であってクレカじゃねえよ○すぞｗｗｗｗｗｗｗｗｗｗｗｗｗｗｗｗｗｗ\n\nhttps://t.co/x9q6Xk5GRB https://t.co/J0oYZI6xsZ",
    "expandedUrl" : "https://twitter.com/i/web/status/1031032491237289984"
  }
}, {
  "like" : {
    "tweetId" : "1033191051811385345",
    "fullText" : "警察車両かと思ったら違った https://t.co/GMUCZyAHaj",
    "expandedUrl" : "https://twitter.com/i/web/status/1033191051811385345"
  }
}, {
  "like" : {
    "tweetId" : "1032929436126011392",
    "fullText" : "私は今日放送されたバイキングという番組からは取材を受けていません。連絡も受けておりません。\n\n私は「オタクを見下したり、嘲笑したりしない」とお約束いただける方からのみ取材を受けています。ただし、過去記事の引用や、その批判意見までは拒否していません。それは表現・言論・報道の自由です。",
    "expandedUrl" : "https://twitter.com/i/web/status/1032929436126011392"
  }
}, {
  "like" : {
    "tweetId" : "1033925722706857984",
    "fullText" : "僕はフォントに鈍感なのでＭＳゴシックを見てもなんとも思いません",
    "expandedUrl" : "https://twitter.com/i/web/status/1033925722706857984"
  }
}, {
  "like" : {
    "tweetId" : "1032944700712312832",
    "fullText" : "さて、地おりを布教しに行ってまいります。",
    "expandedUrl" : "https://twitter.com/i/web/status/1032944700712312832"
  }
}, {
  "like" : {
    "tweetId" : "1033274817552605184",
    "fullText" : "友達に、小学校のプールの授業でやった「水中に投げ入れられた小さいアイテムみたいのを潜りながら集める宝探し競争みたいなやつ」の話をしたら一切知らないらしくて驚いちゃったんですけど、これって一部の地域だけなんですか？？？？？？？？？？？？？",
    "expandedUrl" : "https://twitter.com/i/web/status/1033274817552605184"
  }
}, {
  "like" : {
    "tweetId" : "1033315161791029248",
    "fullText" : "なお「エニグマの英国製レプリカ」を戦後イギリスは中南米やアフリカ諸国に「ドイツ製の絶対解読できない暗号機」と銘打って売却しました。イギリスだけは解読法を知っている暗号機を。ナチュラルにド畜生ですね。 https://t.co/Cc2ldC3bFQ",
    "expandedUrl" : "https://twitter.com/i/web/status/1033315161791029248"
  }
}, {
  "like" : {
    "tweetId" : "1034025497309536256",
    "fullText" : "「ちびまる子ちゃん」の原作者であり、幅広い執筆活動の他、多方面でご活躍されました、さくらももこさんが2018年8月15日ご逝去されました。\n生前のご貢献に深く感謝申し上げるとともに、謹んでご冥福をお祈り申し上げます。\n\n2018年8月27日\n日本アニメーション株式会社",
    "expandedUrl" : "https://twitter.com/i/web/status/1034025497309536256"
  }
}, {
  "like" : {
    "tweetId" : "1033319437942702080",
    "fullText" : "うちの高校の某音楽教諭は，ノルマ字数の膨大な音楽鑑賞文を書かせることで有名ですが，当時のボクは「こんなの絶対読んでないだろ」と思い，超ふざけた文章を書いたりしていましたが何も言われませんでした\n\nその時のレポートたちをひっぱり出してきたら草でした https://t.co/AFYGiCBDMI",
    "expandedUrl" : "https://twitter.com/i/web/status/1033319437942702080"
  }
}, {
  "like" : {
    "tweetId" : "1033581610854010880",
    "fullText" : "「イスラエルに行ったら入国審査ですっげえ時間かかってさ。まるでテロリスト予備軍扱い。パスポート見りゃわかんじゃねえか。日本人がそんなことするわけねぇだろ」って言葉を思い出した（･ω･ ）知らないって怖いよね",
    "expandedUrl" : "https://twitter.com/i/web/status/1033581610854010880"
  }
}, {
  "like" : {
    "tweetId" : "1033738120863215617",
    "fullText" : "友人氏、今イギリスに行ってるんだけどスリ対策にフェイクの財布(ざまあみろの手紙、1円硬貨、百均の財布)持っていったらしく、そして無事スられたらしい",
    "expandedUrl" : "https://twitter.com/i/web/status/1033738120863215617"
  }
}, {
  "like" : {
    "tweetId" : "1033009784155324418",
    "fullText" : "なんだよ、この。エモさは。\n仮配置でテンション上がりまくってる。やばいって……。 https://t.co/LLPZDKmBhb",
    "expandedUrl" : "https://twitter.com/i/web/status/1033009784155324418"
  }
}, {
  "like" : {
    "tweetId" : "1032990383007924226",
    "fullText" : "いつぞやのこたつくん(@kotatsugame_t ) https://t.co/VORHsw8wDZ",
    "expandedUrl" : "https://twitter.com/i/web/status/1032990383007924226"
  }
}, {
  "like" : {
    "tweetId" : "1033501943400808448",
    "fullText" : "戦争から帰ってきたじいちゃんの話は含蓄に富むってマックで女子高生が言ってた話は欧米じゃありえないって外資系キャリアウーマンがネットに書いたら賢い小学生がマナーが悪いのはお前のほうだってスカッと論破して電車の中が拍手喝采だった。",
    "expandedUrl" : "https://twitter.com/i/web/status/1033501943400808448"
  }
}, {
  "like" : {
    "tweetId" : "1032563237819052032",
    "fullText" : "70万以上の費用をかけて購入したPCがこんな悲惨な状態で送られてきて過去最高にキレてる https://t.co/em7iIWjrjR",
    "expandedUrl" : "https://twitter.com/i/web/status/1032563237819052032"
  }
}, {
  "like" : {
    "tweetId" : "1033212882744483842",
    "fullText" : "この中に１人❗❗❗❗❗\n\n東京オリンピックと提携してるのに全くやる気のない大学がいる❗❗❗❗❗❗❗ https://t.co/41c1h09OWh",
    "expandedUrl" : "https://twitter.com/i/web/status/1033212882744483842"
  }
}, {
  "like" : {
    "tweetId" : "1032962122873851904",
    "fullText" : "目先の広告費より利用者の安全を優先したすばらしい決断。例の不正広告が個別対応では止められないと分かった時点で、本当はどのメディアも真っ先にこれをやるべきだったし、うちがこれをできなかったのは本当に恥ずかしい\nhttps://t.co/UGHWRCcEbA",
    "expandedUrl" : "https://twitter.com/i/web/status/1032962122873851904"
  }
}, {
  "like" : {
    "tweetId" : "1033352558620815360",
    "fullText" : "やってもうたわ https://t.co/LjOMJdtvj4",
    "expandedUrl" : "https://twitter.com/i/web/status/1033352558620815360"
  }
}, {
  "like" : {
    "tweetId" : "1033858000413319168",
    "fullText" : "今日は\nnintendo switch\nプロコン\nsdカード(64GB)\nディスプレイ\nを、通販で買います",
    "expandedUrl" : "https://twitter.com/i/web/status/1033858000413319168"
  }
}, {
  "like" : {
    "tweetId" : "1032373072848859136",
    "fullText" : "OculusGo専用アプリ\nVirtualBookViewerリリースしました！\n全機能無料で、無期限でお試しいただけます！\npdf、zip、7zにも対応。\n寝転がって本を読みたいというあなたの願望、実現します。\n#oculusgo #oculusgodev #頭につける本 https://t.co/ersRRuHQuZ",
    "expandedUrl" : "https://twitter.com/i/web/status/1032373072848859136"
  }
}, {
  "like" : {
    "tweetId" : "1033861258691244032",
    "fullText" : "追加情報なんですが、「悔しかったらこれ俺の住所だから電話かけてみろ」と首相官邸の住所と電話番号書いておいたらしい",
    "expandedUrl" : "https://twitter.com/i/web/status/1033861258691244032"
  }
}, {
  "like" : {
    "tweetId" : "1033363952996999171",
    "fullText" : "D問題文読み間違えて草",
    "expandedUrl" : "https://twitter.com/i/web/status/1033363952996999171"
  }
}, {
  "like" : {
    "tweetId" : "1033348722569007104",
    "fullText" : "Dのアルゴリズムだけ考えるのもめんどい",
    "expandedUrl" : "https://twitter.com/i/web/status/1033348722569007104"
  }
} ]