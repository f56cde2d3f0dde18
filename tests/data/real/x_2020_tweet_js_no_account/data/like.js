window.YTD.like.part0 = [ {
  "like" : {
    "tweetId" : "1172534048360677378",
    "fullText" : "So, hey, this is the thing I was working on with @asm0day and @pascalsuun \nI am not currently working with them, but they are exceedingly cool people with a great project! https://t.co/1r6zW6erXB",
    "expandedUrl" : "https://twitter.com/i/web/status/1172534048360677378"
  }
}, {
  "like" : {
    "tweetId" : "1173569448994754562",
    "fullText" : "@LumenInferius This looks amazing. When is it out? Can I throw money at it now?",
    "expandedUrl" : "https://twitter.com/i/web/status/1173569448994754562"
  }
}, {
  "like" : {
    "tweetId" : "1177956838718857216",
    "fullText" : "@LumenInferius Inspiring atmosphere!  Wow",
    "expandedUrl" : "https://twitter.com/i/web/status/1177956838718857216"
  }
}, {
  "like" : {
    "tweetId" : "1172487758272704512",
    "fullText" : "@LumenInferius Can't have too many soulslikes!",
    "expandedUrl" : "https://twitter.com/i/web/status/1172487758272704512"
  }
}, {
  "like" : {
    "tweetId" : "1175610667455459329",
    "fullText" : "@LumenInferius Nice.",
    "expandedUrl" : "https://twitter.com/i/web/status/1175610667455459329"
  }
}, {
  "like" : {
    "tweetId" : "1178213167576600576",
    "fullText" : "@LumenInferius look very nice super smooth!",
    "expandedUrl" : "https://twitter.com/i/web/status/1178213167576600576"
  }
}, {
  "like" : {
    "tweetId" : "1173550021062615041",
    "fullText" : "@LumenInferius Reminds me of Hollow Knight but in a little bit darker version. Cool. Keep it up, waiting for more news. \nCheck out our Cyberpunk themed project too! https://t.co/2usy6AxCQI",
    "expandedUrl" : "https://twitter.com/i/web/status/1173550021062615041"
  }
}, {
  "like" : {
    "tweetId" : "1175489886608138241",
    "fullText" : "@LumenInferius Holy shit this is awesome and creepy.",
    "expandedUrl" : "https://twitter.com/i/web/status/1175489886608138241"
  }
}, {
  "like" : {
    "tweetId" : "1209183712014929920",
    "fullText" : "Holiday Tymes are great #ScreenshotSaturday Tymes, it seems, because the latest showcase was just as full and impressive as ever!\n\nDive into @IndieGameLover's collection of some of the excellent-est from December 21st:\n\nhttps://t.co/Gs5JFN6TwL\n\n~\n#GameDev #IndieDev #IndieGame https://t.co/D9aKxwlQ5c",
    "expandedUrl" : "https://twitter.com/i/web/status/1209183712014929920"
  }
}, {
  "like" : {
    "tweetId" : "1190443805830516736",
    "fullText" : "@Jamezila Nioh 2 Beta is up, so letting that destroy me for the moment.",
    "expandedUrl" : "https://twitter.com/i/web/status/1190443805830516736"
  }
}, {
  "like" : {
    "tweetId" : "1172535072823611395",
    "fullText" : "@LumenInferius Nice to see this finally has a name!\nBest of luck to ya, and remember that I'll help if I can. https://t.co/AZphLzjDwk",
    "expandedUrl" : "https://twitter.com/i/web/status/1172535072823611395"
  }
}, {
  "like" : {
    "tweetId" : "1172483612354199553",
    "fullText" : "@LumenInferius The visuals are stunning!",
    "expandedUrl" : "https://twitter.com/i/web/status/1172483612354199553"
  }
}, {
  "like" : {
    "tweetId" : "1179210068631404544",
    "fullText" : "@LumenInferius that downward slash is so satisfying",
    "expandedUrl" : "https://twitter.com/i/web/status/1179210068631404544"
  }
}, {
  "like" : {
    "tweetId" : "1175485574368694274",
    "fullText" : "@LumenInferius This looks really good! Love the animation and atmosphere :)",
    "expandedUrl" : "https://twitter.com/i/web/status/1175485574368694274"
  }
}, {
  "like" : {
    "tweetId" : "1177883534738051072",
    "fullText" : "@LumenInferius Looking good!",
    "expandedUrl" : "https://twitter.com/i/web/status/1177883534738051072"
  }
}, {
  "like" : {
    "tweetId" : "1208381724335448064",
    "fullText" : "@LumenInferius falcor agrees 😉 https://t.co/IwaY08cq6E",
    "expandedUrl" : "https://twitter.com/i/web/status/1208381724335448064"
  }
}, {
  "like" : {
    "tweetId" : "1175488181283590144",
    "fullText" : "@LumenInferius Visually, this is the coolest game I've seen in ages. I can't wait to play it.",
    "expandedUrl" : "https://twitter.com/i/web/status/1175488181283590144"
  }
} ]