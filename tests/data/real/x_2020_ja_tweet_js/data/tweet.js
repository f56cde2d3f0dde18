window.YTD.tweet.part0 = [ {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/#!/download/ipad\" rel=\"nofollow\">Twitter for iPad</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "3" ],
    "favorite_count" : "1",
    "id_str" : "844454048556355584",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "844454048556355584",
    "created_at" : "Wed Mar 22 07:41:49 +0000 2017",
    "favorited" : false,
    "full_text" : "57点",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/#!/download/ipad\" rel=\"nofollow\">Twitter for iPad</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "3" ],
    "favorite_count" : "3",
    "id_str" : "844067800675041282",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "844067800675041282",
    "created_at" : "Tue Mar 21 06:07:00 +0000 2017",
    "favorited" : false,
    "full_text" : "56点",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/#!/download/ipad\" rel=\"nofollow\">Twitter for iPad</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "5" ],
    "favorite_count" : "0",
    "id_str" : "843796364223963138",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "843796364223963138",
    "created_at" : "Mon Mar 20 12:08:24 +0000 2017",
    "favorited" : false,
    "full_text" : "0完22点",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/#!/download/ipad\" rel=\"nofollow\">Twitter for iPad</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "3" ],
    "favorite_count" : "0",
    "id_str" : "843329262874591233",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "843329262874591233",
    "created_at" : "Sun Mar 19 05:12:19 +0000 2017",
    "favorited" : false,
    "full_text" : "着いた",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/#!/download/ipad\" rel=\"nofollow\">Twitter for iPad</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Person0001",
        "screen_name" : "E31415926",
        "indices" : [ "0", "10" ],
        "id_str" : "4688937990",
        "id" : "4688937990"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "33" ],
    "favorite_count" : "1",
    "in_reply_to_status_id_str" : "842535905818632192",
    "id_str" : "842586074962575364",
    "in_reply_to_user_id" : "4688937990",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "842586074962575364",
    "in_reply_to_status_id" : "842535905818632192",
    "created_at" : "Fri Mar 17 03:59:09 +0000 2017",
    "favorited" : false,
    "full_text" : "@E31415926 教えていただきました\nありがとうございました",
    "lang" : "ja",
    "in_reply_to_screen_name" : "E31415926",
    "in_reply_to_user_id_str" : "4688937990"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "27" ],
    "favorite_count" : "1",
    "id_str" : "842535905818632192",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "842535905818632192",
    "created_at" : "Fri Mar 17 00:39:48 +0000 2017",
    "favorited" : false,
    "full_text" : "誰か春合宿仮想マシンのダウンロードURL教えてください",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "13" ],
    "favorite_count" : "1",
    "id_str" : "842214712318218241",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "842214712318218241",
    "created_at" : "Thu Mar 16 03:23:29 +0000 2017",
    "favorited" : false,
    "full_text" : "仮想マシンがまだ届いてない",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Person0002",
        "screen_name" : "Nafmo2",
        "indices" : [ "0", "7" ],
        "id_str" : "830288329241354241",
        "id" : "830288329241354241"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "19" ],
    "favorite_count" : "0",
    "in_reply_to_status_id_str" : "841599408428924928",
    "id_str" : "841602824714694656",
    "in_reply_to_user_id" : "830288329241354241",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "841602824714694656",
    "in_reply_to_status_id" : "841599408428924928",
    "created_at" : "Tue Mar 14 10:52:04 +0000 2017",
    "favorited" : false,
    "full_text" : "@Nafmo2 最後4桁違うと思います",
    "lang" : "ja",
    "in_reply_to_screen_name" : "Nafmo2",
    "in_reply_to_user_id_str" : "830288329241354241"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "37" ],
    "favorite_count" : "3",
    "id_str" : "841167513761144833",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "841167513761144833",
    "created_at" : "Mon Mar 13 06:02:18 +0000 2017",
    "favorited" : false,
    "full_text" : "難易度表、過去のバージョンを復元できたので2日前ぐらいのに復元しときました",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ {
        "url" : "https://t.co/wiQ8OGIE00",
        "expanded_url" : "https://docs.google.com/spreadsheets/d/1zXDtkFmskO5NSxkqck8uDbcJtAhTVZtzPh2hLw64Sw4/htmlview?pli=1",
        "display_url" : "docs.google.com/spreadsheets/d…",
        "indices" : [ "12", "35" ]
      } ]
    },
    "display_text_range" : [ "0", "35" ],
    "favorite_count" : "0",
    "id_str" : "841163574529613824",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "841163574529613824",
    "possibly_sensitive" : false,
    "created_at" : "Mon Mar 13 05:46:38 +0000 2017",
    "favorited" : false,
    "full_text" : "難易度表が破壊されてる\nhttps://t.co/wiQ8OGIE00",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "15" ],
    "favorite_count" : "2",
    "id_str" : "832954239051669505",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "832954239051669505",
    "created_at" : "Sat Feb 18 14:05:40 +0000 2017",
    "favorited" : false,
    "full_text" : "やっとE問題解けた(もう遅い)",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Person0003",
        "screen_name" : "bekasa001",
        "indices" : [ "0", "10" ],
        "id_str" : "1163427034216853506",
        "id" : "1163427034216853506"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "18" ],
    "favorite_count" : "1",
    "in_reply_to_status_id_str" : "832159934913474561",
    "id_str" : "832167133379301376",
    "in_reply_to_user_id" : "3104366934",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "832167133379301376",
    "in_reply_to_status_id" : "832159934913474561",
    "created_at" : "Thu Feb 16 09:58:00 +0000 2017",
    "favorited" : false,
    "full_text" : "@bekasa001 わかんないです",
    "lang" : "ja",
    "in_reply_to_user_id_str" : "3104366934"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Person0003",
        "screen_name" : "bekasa001",
        "indices" : [ "0", "10" ],
        "id_str" : "1163427034216853506",
        "id" : "1163427034216853506"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "21" ],
    "favorite_count" : "0",
    "in_reply_to_status_id_str" : "832130356706816000",
    "id_str" : "832159145151262720",
    "in_reply_to_user_id" : "3104366934",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "832159145151262720",
    "in_reply_to_status_id" : "832130356706816000",
    "created_at" : "Thu Feb 16 09:26:15 +0000 2017",
    "favorited" : false,
    "full_text" : "@bekasa001 ありがとうございます",
    "lang" : "ja",
    "in_reply_to_user_id_str" : "3104366934"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Person0003",
        "screen_name" : "bekasa001",
        "indices" : [ "0", "10" ],
        "id_str" : "1163427034216853506",
        "id" : "1163427034216853506"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "27" ],
    "favorite_count" : "3",
    "id_str" : "831863802970853377",
    "in_reply_to_user_id" : "3104366934",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "831863802970853377",
    "created_at" : "Wed Feb 15 13:52:40 +0000 2017",
    "favorited" : false,
    "full_text" : "@bekasa001 僕も春合宿リストに入れてください",
    "lang" : "ja",
    "in_reply_to_user_id_str" : "3104366934"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "7" ],
    "favorite_count" : "10",
    "id_str" : "831051117723213824",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "831051117723213824",
    "created_at" : "Mon Feb 13 08:03:21 +0000 2017",
    "favorited" : false,
    "full_text" : "本選最低点通過",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Person0004",
        "screen_name" : "templepmet",
        "indices" : [ "0", "11" ],
        "id_str" : "803218163626221568",
        "id" : "803218163626221568"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "68" ],
    "favorite_count" : "1",
    "in_reply_to_status_id_str" : "824546568346886144",
    "id_str" : "830015724705898496",
    "in_reply_to_user_id" : "803218163626221568",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "830015724705898496",
    "in_reply_to_status_id" : "824546568346886144",
    "created_at" : "Fri Feb 10 11:29:04 +0000 2017",
    "favorited" : false,
    "full_text" : "@templepmet 今更気づいたので返信しますが予選360点ですし、うちの学校にコンピューター系の部活はないのでそんなに強くないです",
    "lang" : "ja",
    "in_reply_to_screen_name" : "templepmet",
    "in_reply_to_user_id_str" : "803218163626221568"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Person0004",
        "screen_name" : "templepmet",
        "indices" : [ "3", "14" ],
        "id_str" : "803218163626221568",
        "id" : "803218163626221568"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "40" ],
    "favorite_count" : "0",
    "id_str" : "830014430247137280",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "830014430247137280",
    "created_at" : "Fri Feb 10 11:23:55 +0000 2017",
    "favorited" : false,
    "full_text" : "RT @templepmet: 広大付属高校、偏差値75とか終わった気しかしない",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "39" ],
    "favorite_count" : "2",
    "id_str" : "823494046068785152",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "823494046068785152",
    "created_at" : "Mon Jan 23 11:34:15 +0000 2017",
    "favorited" : false,
    "full_text" : "JOI、部屋ではネットが使えないらしいけどそもそもスマホ持ってないから関係ない",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "85" ],
    "favorite_count" : "0",
    "in_reply_to_status_id_str" : "809341794177585152",
    "id_str" : "809360681061363712",
    "in_reply_to_user_id" : "747733061006135296",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "809360681061363712",
    "in_reply_to_status_id" : "809341794177585152",
    "created_at" : "Thu Dec 15 11:33:18 +0000 2016",
    "favorited" : false,
    "full_text" : "@PlatypusSurface 勘違いしてました。JOIのホームページから勉強法(参考書案内)を見ていましたがよく見ると6年前の環境でした。ご指摘ありがとうございます。",
    "lang" : "ja",
    "in_reply_to_screen_name" : "platypus999",
    "in_reply_to_user_id_str" : "747733061006135296"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Person0005",
        "screen_name" : "seatofhorse",
        "indices" : [ "0", "12" ],
        "id_str" : "770591479483944960",
        "id" : "770591479483944960"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "110" ],
    "favorite_count" : "0",
    "in_reply_to_status_id_str" : "809306572014829568",
    "id_str" : "809308307684921344",
    "in_reply_to_user_id" : "770591479483944960",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "809308307684921344",
    "in_reply_to_status_id" : "809306572014829568",
    "created_at" : "Thu Dec 15 08:05:11 +0000 2016",
    "favorited" : false,
    "full_text" : "@seatofhorse それにしても全く論理的に正しくないプログラムが偶然にもサンプルケースに一致してしまうとどうしようもないですね...\nフィードバックのある本選を楽しみにしています\nお互い気を付けて頑張りましょう!",
    "lang" : "ja",
    "in_reply_to_screen_name" : "seatofhorse",
    "in_reply_to_user_id_str" : "770591479483944960"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "user_mentions" : [ {
        "name" : "Person0005",
        "screen_name" : "seatofhorse",
        "indices" : [ "0", "12" ],
        "id_str" : "770591479483944960",
        "id" : "770591479483944960"
      } ],
      "urls" : [ ],
      "symbols" : [ ],
      "media" : [ {
        "expanded_url" : "https://twitter.com/E31415926/status/809305456938086400/photo/1",
        "indices" : [ "54", "77" ],
        "url" : "https://t.co/BR1v4N4BR8",
        "media_url" : "http://pbs.twimg.com/media/Czs67WQUQAQVM_Q.jpg",
        "id_str" : "809305349303844868",
        "id" : "809305349303844868",
        "media_url_https" : "https://pbs.twimg.com/media/Czs67WQUQAQVM_Q.jpg",
        "sizes" : {
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "large" : {
            "w" : "622",
            "h" : "607",
            "resize" : "fit"
          },
          "medium" : {
            "w" : "622",
            "h" : "607",
            "resize" : "fit"
          },
          "small" : {
            "w" : "622",
            "h" : "607",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/BR1v4N4BR8"
      } ],
      "hashtags" : [ ]
    },
    "display_text_range" : [ "0", "77" ],
    "favorite_count" : "0",
    "in_reply_to_status_id_str" : "809302701037076480",
    "id_str" : "809305456938086400",
    "in_reply_to_user_id" : "770591479483944960",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "809305456938086400",
    "in_reply_to_status_id" : "809302701037076480",
    "possibly_sensitive" : false,
    "created_at" : "Thu Dec 15 07:53:51 +0000 2016",
    "favorited" : false,
    "full_text" : "@seatofhorse 自分は横方向を調べる関数と縦方向を調べる関数を作っておきながらコピペをしたせいで https://t.co/BR1v4N4BR8",
    "lang" : "ja",
    "in_reply_to_screen_name" : "seatofhorse",
    "in_reply_to_user_id_str" : "770591479483944960",
    "extended_entities" : {
      "media" : [ {
        "expanded_url" : "https://twitter.com/E31415926/status/809305456938086400/photo/1",
        "indices" : [ "54", "77" ],
        "url" : "https://t.co/BR1v4N4BR8",
        "media_url" : "http://pbs.twimg.com/media/Czs67WQUQAQVM_Q.jpg",
        "id_str" : "809305349303844868",
        "id" : "809305349303844868",
        "media_url_https" : "https://pbs.twimg.com/media/Czs67WQUQAQVM_Q.jpg",
        "sizes" : {
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "large" : {
            "w" : "622",
            "h" : "607",
            "resize" : "fit"
          },
          "medium" : {
            "w" : "622",
            "h" : "607",
            "resize" : "fit"
          },
          "small" : {
            "w" : "622",
            "h" : "607",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/BR1v4N4BR8"
      } ]
    }
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "17" ],
    "favorite_count" : "3",
    "id_str" : "809292735693733888",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "809292735693733888",
    "created_at" : "Thu Dec 15 07:03:18 +0000 2016",
    "favorited" : false,
    "full_text" : "やっとJOI結果来た\nAランクです",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "93" ],
    "favorite_count" : "1",
    "id_str" : "807921330368618496",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "807921330368618496",
    "created_at" : "Sun Dec 11 12:13:50 +0000 2016",
    "favorited" : false,
    "full_text" : "JOI 460(1,2,3,5と4の最初の3つ)取れたかと思って今自己採点したら問題3全部WAで360点\nあんな問題でどこを間違えたのか分析しないといけない\nぎりぎり通過してるといいけど",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "20" ],
    "favorite_count" : "2",
    "id_str" : "981418713697185793",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "981418713697185793",
    "created_at" : "Wed Apr 04 06:30:29 +0000 2018",
    "favorited" : false,
    "full_text" : "明日から授業が始まるのにインフルになった",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "17" ],
    "favorite_count" : "3",
    "id_str" : "979885466718646273",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "979885466718646273",
    "created_at" : "Sat Mar 31 00:57:55 +0000 2018",
    "favorited" : false,
    "full_text" : "学部ガイダンスどうしよう\n絶起した",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "7" ],
    "favorite_count" : "3",
    "id_str" : "979190185270263808",
    "truncated" : false,
    "retweet_count" : "1",
    "id" : "979190185270263808",
    "created_at" : "Thu Mar 29 02:55:07 +0000 2018",
    "favorited" : false,
    "full_text" : "理科一類24組",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "16" ],
    "favorite_count" : "2",
    "in_reply_to_status_id_str" : "972425178121568256",
    "id_str" : "972440798229815296",
    "in_reply_to_user_id" : "4688937990",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "972440798229815296",
    "in_reply_to_status_id" : "972425178121568256",
    "created_at" : "Sat Mar 10 11:55:28 +0000 2018",
    "favorited" : false,
    "full_text" : "飛行機で現地に行った甲斐があった",
    "lang" : "ja",
    "in_reply_to_screen_name" : "E31415926",
    "in_reply_to_user_id_str" : "4688937990"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Person0006",
        "screen_name" : "addeight2",
        "indices" : [ "0", "10" ],
        "id_str" : "766532715210342400",
        "id" : "766532715210342400"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "21" ],
    "favorite_count" : "1",
    "in_reply_to_status_id_str" : "972343046485372928",
    "id_str" : "972439121762242561",
    "in_reply_to_user_id" : "766532715210342400",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "972439121762242561",
    "in_reply_to_status_id" : "972343046485372928",
    "created_at" : "Sat Mar 10 11:48:48 +0000 2018",
    "favorited" : false,
    "full_text" : "@addeight2 おめでとうございます",
    "lang" : "ja",
    "in_reply_to_screen_name" : "addeight2",
    "in_reply_to_user_id_str" : "766532715210342400"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Person0007",
        "screen_name" : "square10011",
        "indices" : [ "0", "12" ],
        "id_str" : "764789446923300864",
        "id" : "764789446923300864"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "28" ],
    "favorite_count" : "2",
    "in_reply_to_status_id_str" : "972436173896364032",
    "id_str" : "972436730631499776",
    "in_reply_to_user_id" : "764789446923300864",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "972436730631499776",
    "in_reply_to_status_id" : "972436173896364032",
    "created_at" : "Sat Mar 10 11:39:18 +0000 2018",
    "favorited" : false,
    "full_text" : "@square10011 ありがとうございます\n銅賞は運",
    "lang" : "ja",
    "in_reply_to_screen_name" : "square10011",
    "in_reply_to_user_id_str" : "764789446923300864"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Person0008",
        "screen_name" : "wait_sushi",
        "indices" : [ "0", "11" ],
        "id_str" : "1178215819521605632",
        "id" : "1178215819521605632"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "17" ],
    "favorite_count" : "0",
    "in_reply_to_status_id_str" : "972425641713807360",
    "id_str" : "972436040647495680",
    "in_reply_to_user_id" : "2995784497",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "972436040647495680",
    "in_reply_to_status_id" : "972425641713807360",
    "created_at" : "Sat Mar 10 11:36:33 +0000 2018",
    "favorited" : false,
    "full_text" : "@wait_sushi 趣味(?)",
    "lang" : "ja",
    "in_reply_to_screen_name" : "wa1t_sush1",
    "in_reply_to_user_id_str" : "2995784497"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Person0009",
        "screen_name" : "6Lgug",
        "indices" : [ "0", "6" ],
        "id_str" : "1088638680",
        "id" : "1088638680"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "17" ],
    "favorite_count" : "1",
    "in_reply_to_status_id_str" : "972425871293165568",
    "id_str" : "972435858279211008",
    "in_reply_to_user_id" : "1088638680",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "972435858279211008",
    "in_reply_to_status_id" : "972425871293165568",
    "created_at" : "Sat Mar 10 11:35:50 +0000 2018",
    "favorited" : false,
    "full_text" : "@6Lgug ありがとうございます",
    "lang" : "ja",
    "in_reply_to_screen_name" : "6Lgug",
    "in_reply_to_user_id_str" : "1088638680"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Person0010",
        "screen_name" : "sksat_tty",
        "indices" : [ "0", "10" ],
        "id_str" : "730341017736470528",
        "id" : "730341017736470528"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "21" ],
    "favorite_count" : "1",
    "in_reply_to_status_id_str" : "972426737886769152",
    "id_str" : "972435815325343745",
    "in_reply_to_user_id" : "730341017736470528",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "972435815325343745",
    "in_reply_to_status_id" : "972426737886769152",
    "created_at" : "Sat Mar 10 11:35:40 +0000 2018",
    "favorited" : false,
    "full_text" : "@sksat_tty ありがとうございます",
    "lang" : "ja",
    "in_reply_to_screen_name" : "sksat_tty",
    "in_reply_to_user_id_str" : "730341017736470528"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "10" ],
    "favorite_count" : "52",
    "id_str" : "972425178121568256",
    "truncated" : false,
    "retweet_count" : "1",
    "id" : "972425178121568256",
    "created_at" : "Sat Mar 10 10:53:23 +0000 2018",
    "favorited" : false,
    "full_text" : "東京大学理科1類合格",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Person0011",
        "screen_name" : "autumn_eel",
        "indices" : [ "0", "11" ],
        "id_str" : "1086163653970128896",
        "id" : "1086163653970128896"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "109" ],
    "favorite_count" : "1",
    "in_reply_to_status_id_str" : "968768060906790914",
    "id_str" : "968804945120997376",
    "in_reply_to_user_id" : "761902651965530112",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "968804945120997376",
    "in_reply_to_status_id" : "968768060906790914",
    "created_at" : "Wed Feb 28 11:07:53 +0000 2018",
    "favorited" : false,
    "full_text" : "@autumn_eel 代引郵便で送料手数料等含めて2000円で売ってください\n売っていただけるなら住所等お伝えするので1週間以内にDMください(売っていただけないなら無視していただいて結構です)\n値段の交渉は応じます",
    "lang" : "ja",
    "in_reply_to_user_id_str" : "761902651965530112"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/#!/download/ipad\" rel=\"nofollow\">Twitter for iPad</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "129" ],
    "favorite_count" : "2",
    "id_str" : "968039925055553538",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "968039925055553538",
    "created_at" : "Mon Feb 26 08:27:58 +0000 2018",
    "favorited" : false,
    "full_text" : "東大\n国語:現代文はあと1分欲しかった。古典はあまり取れてない\n数学:回答欄間違えて十分以上ロス。その後焦って部分点すら全く取れず3完0半\n化学:50点近く取れたかも\n物理:20点無い\n英語:解答速報が出ないとわからない\n\nボーダーが320を切らないと厳しい",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "66" ],
    "favorite_count" : "2",
    "id_str" : "952511220006797318",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "952511220006797318",
    "created_at" : "Sun Jan 14 12:02:26 +0000 2018",
    "favorited" : false,
    "full_text" : "センター自己採点\n地理86\n国語180\n英語192\n物理95\n化学96\n数学ⅠA100\n数学ⅡB100\n合計849(リスニング除く)",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ {
        "text" : "wn_2017_1",
        "indices" : [ "0", "10" ]
      } ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "19" ],
    "favorite_count" : "1",
    "id_str" : "942031820819853312",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "942031820819853312",
    "created_at" : "Sat Dec 16 14:01:02 +0000 2017",
    "favorited" : false,
    "full_text" : "#wn_2017_1\nやっとACできた",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ {
        "text" : "wn_2017_1",
        "indices" : [ "0", "10" ]
      } ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ {
        "url" : "https://t.co/WVJc7agqxm",
        "expanded_url" : "https://twitter.com/chokudai/status/941940610453213184",
        "display_url" : "twitter.com/chokudai/statu…",
        "indices" : [ "31", "54" ]
      } ]
    },
    "display_text_range" : [ "0", "54" ],
    "favorite_count" : "0",
    "id_str" : "941942299843371010",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "941942299843371010",
    "possibly_sensitive" : false,
    "created_at" : "Sat Dec 16 08:05:19 +0000 2017",
    "favorited" : false,
    "full_text" : "#wn_2017_1\n仕方ないからTLEを使ってデバッグしよ https://t.co/WVJc7agqxm",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Person0012",
        "screen_name" : "kuretchi",
        "indices" : [ "0", "9" ],
        "id_str" : "3118797266",
        "id" : "3118797266"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "144" ],
    "favorite_count" : "1",
    "in_reply_to_status_id_str" : "941930915911032833",
    "id_str" : "941939475315228672",
    "in_reply_to_user_id" : "3118797266",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "941939475315228672",
    "in_reply_to_status_id" : "941930915911032833",
    "created_at" : "Sat Dec 16 07:54:05 +0000 2017",
    "favorited" : false,
    "full_text" : "@kuretchi 返信ありがとうございます\n参考情報のバイナリデータでテストしています\n全く原因が分からないので今main関数の1行目でSystem.exit(1)をしてみましたがそれでもREではなくWAになってしまったので(同じコードをプラクティスに出すとRE)別の原因を考えてみます",
    "lang" : "ja",
    "in_reply_to_screen_name" : "kuretchi",
    "in_reply_to_user_id_str" : "3118797266"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Person0012",
        "screen_name" : "kuretchi",
        "indices" : [ "0", "9" ],
        "id_str" : "3118797266",
        "id" : "3118797266"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "102" ],
    "favorite_count" : "0",
    "in_reply_to_status_id_str" : "941569451736031232",
    "id_str" : "941889996683743234",
    "in_reply_to_user_id" : "3118797266",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "941889996683743234",
    "in_reply_to_status_id" : "941569451736031232",
    "created_at" : "Sat Dec 16 04:37:29 +0000 2017",
    "favorited" : false,
    "full_text" : "@kuretchi FF外から失礼します\n同じ状況(手元では正しい、提出すると数秒でWA)になっているんですが原因を教えてください(こちらは言語はjavaを使っていますがC#特有の原因でしたらすみません)",
    "lang" : "ja",
    "in_reply_to_screen_name" : "kuretchi",
    "in_reply_to_user_id_str" : "3118797266"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "30" ],
    "favorite_count" : "0",
    "in_reply_to_status_id_str" : "863369819692740608",
    "id_str" : "866578868462772224",
    "in_reply_to_user_id" : "4688937990",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "866578868462772224",
    "in_reply_to_status_id" : "863369819692740608",
    "created_at" : "Mon May 22 08:57:57 +0000 2017",
    "favorited" : false,
    "full_text" : "unofficial resultでは79点になっていました",
    "lang" : "ja",
    "in_reply_to_screen_name" : "E31415926",
    "in_reply_to_user_id_str" : "4688937990"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "11" ],
    "favorite_count" : "2",
    "id_str" : "863369819692740608",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "863369819692740608",
    "created_at" : "Sat May 13 12:26:20 +0000 2017",
    "favorited" : false,
    "full_text" : "APIO 80点でした",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "28" ],
    "favorite_count" : "0",
    "in_reply_to_status_id_str" : "860264171757109248",
    "id_str" : "860403115777851392",
    "in_reply_to_user_id" : "754200247027367936",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "860403115777851392",
    "in_reply_to_status_id" : "860264171757109248",
    "created_at" : "Fri May 05 07:57:42 +0000 2017",
    "favorited" : false,
    "full_text" : "@12ayaka0120 s/flawer/flower",
    "lang" : "en",
    "in_reply_to_screen_name" : "NttInP0w95J",
    "in_reply_to_user_id_str" : "754200247027367936"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "26" ],
    "favorite_count" : "1",
    "id_str" : "858649058885246976",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "858649058885246976",
    "created_at" : "Sun Apr 30 11:47:43 +0000 2017",
    "favorited" : false,
    "full_text" : "B-large落ちた\nあんなに実装頑張ったのに...",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/#!/download/ipad\" rel=\"nofollow\">Twitter for iPad</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "20" ],
    "favorite_count" : "3",
    "id_str" : "845245394166595584",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "845245394166595584",
    "created_at" : "Fri Mar 24 12:06:20 +0000 2017",
    "favorited" : false,
    "full_text" : "春合宿10位でした\n1桁順位取りたかった",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/#!/download/ipad\" rel=\"nofollow\">Twitter for iPad</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "11" ],
    "favorite_count" : "2",
    "id_str" : "845121988494438404",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "845121988494438404",
    "created_at" : "Fri Mar 24 03:55:58 +0000 2017",
    "favorited" : false,
    "full_text" : "春合宿5日目3691点",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/#!/download/ipad\" rel=\"nofollow\">Twitter for iPad</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "8" ],
    "favorite_count" : "2",
    "id_str" : "844791293733584897",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "844791293733584897",
    "created_at" : "Thu Mar 23 06:01:54 +0000 2017",
    "favorited" : false,
    "full_text" : "4日間計184点",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/#!/download/ipad\" rel=\"nofollow\">Twitter for iPad</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "3" ],
    "favorite_count" : "2",
    "id_str" : "844790716962267137",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "844790716962267137",
    "created_at" : "Thu Mar 23 05:59:37 +0000 2017",
    "favorited" : false,
    "full_text" : "49点",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Person0013",
        "screen_name" : "064tkr",
        "indices" : [ "0", "7" ],
        "id_str" : "1007083410727157760",
        "id" : "1007083410727157760"
      }, {
        "name" : "Person0014",
        "screen_name" : "lifein0ftoxun",
        "indices" : [ "8", "22" ],
        "id_str" : "983921915139055616",
        "id" : "983921915139055616"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "106" ],
    "favorite_count" : "2",
    "in_reply_to_status_id_str" : "1083694648013377541",
    "id_str" : "1083713318466932737",
    "in_reply_to_user_id" : "1007083410727157760",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1083713318466932737",
    "in_reply_to_status_id" : "1083694648013377541",
    "created_at" : "Fri Jan 11 13:12:44 +0000 2019",
    "favorited" : false,
    "full_text" : "@064tkr @lifein0ftoxun 有理数型を使えば逆数の和の部分は正確に出せる。ただ平方根をとると浮動小数点型になってしまうので平方根をとる前の値を比較すれば良さそう。(誤差がない代わりにかなり遅い)",
    "lang" : "ja",
    "in_reply_to_screen_name" : "064tkr",
    "in_reply_to_user_id_str" : "1007083410727157760"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "14" ],
    "favorite_count" : "1",
    "id_str" : "1082981844306386944",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1082981844306386944",
    "created_at" : "Wed Jan 09 12:46:07 +0000 2019",
    "favorited" : false,
    "full_text" : "誰か英語中級のシケプリ作って",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "27" ],
    "favorite_count" : "2",
    "id_str" : "1082943052992282624",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1082943052992282624",
    "created_at" : "Wed Jan 09 10:11:58 +0000 2019",
    "favorited" : false,
    "full_text" : "シケプリを作るべきか迷う\nスライドを見ればいいだけだし",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "23" ],
    "favorite_count" : "1",
    "id_str" : "1082087924370333698",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1082087924370333698",
    "created_at" : "Mon Jan 07 01:34:00 +0000 2019",
    "favorited" : false,
    "full_text" : "誰を獲るのかな。長野かな?\n\n冗談じゃなかった",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "14" ],
    "favorite_count" : "0",
    "id_str" : "1081082570136141824",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1081082570136141824",
    "created_at" : "Fri Jan 04 06:59:04 +0000 2019",
    "favorited" : false,
    "full_text" : "電気代が先月の2倍になってた",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "93" ],
    "favorite_count" : "3",
    "id_str" : "1081044709525487616",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1081044709525487616",
    "created_at" : "Fri Jan 04 04:28:38 +0000 2019",
    "favorited" : false,
    "full_text" : "アルゴリズム入門でソートをするのに\ndef swap(a,i,j):\n    t=a[i]\n    a[j]=a[i]\n    a[i]=a[j]\nを定義された。Pythonなのに...",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "32" ],
    "favorite_count" : "3",
    "id_str" : "1081030794968064000",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1081030794968064000",
    "created_at" : "Fri Jan 04 03:33:20 +0000 2019",
    "favorited" : false,
    "full_text" : "1限に補講入れるのはやめて欲しい\nシケタイだから行かざるを得ない",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "23" ],
    "favorite_count" : "3",
    "id_str" : "1080857042703704066",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1080857042703704066",
    "created_at" : "Thu Jan 03 16:02:54 +0000 2019",
    "favorited" : false,
    "full_text" : "明日(今日)のアルゴリズム入門の出席率が楽しみ",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "user_mentions" : [ ],
      "urls" : [ ],
      "symbols" : [ ],
      "media" : [ {
        "expanded_url" : "https://twitter.com/E31415926/status/1080574585613864960/photo/1",
        "indices" : [ "36", "59" ],
        "url" : "https://t.co/VrAOOhMpoK",
        "media_url" : "http://pbs.twimg.com/media/Dv73eQEUUAACO8D.jpg",
        "id_str" : "1080573059696709632",
        "id" : "1080573059696709632",
        "media_url_https" : "https://pbs.twimg.com/media/Dv73eQEUUAACO8D.jpg",
        "sizes" : {
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "large" : {
            "w" : "2048",
            "h" : "1043",
            "resize" : "fit"
          },
          "medium" : {
            "w" : "1200",
            "h" : "611",
            "resize" : "fit"
          },
          "small" : {
            "w" : "680",
            "h" : "346",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/VrAOOhMpoK"
      } ],
      "hashtags" : [ ]
    },
    "display_text_range" : [ "0", "59" ],
    "favorite_count" : "1",
    "id_str" : "1080574585613864960",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1080574585613864960",
    "possibly_sensitive" : false,
    "created_at" : "Wed Jan 02 21:20:31 +0000 2019",
    "favorited" : false,
    "full_text" : "Hello UEFI!\n昨日の夕方に始めたのにいつの間にか朝になってる https://t.co/VrAOOhMpoK",
    "lang" : "ja",
    "extended_entities" : {
      "media" : [ {
        "expanded_url" : "https://twitter.com/E31415926/status/1080574585613864960/photo/1",
        "indices" : [ "36", "59" ],
        "url" : "https://t.co/VrAOOhMpoK",
        "media_url" : "http://pbs.twimg.com/media/Dv73eQEUUAACO8D.jpg",
        "id_str" : "1080573059696709632",
        "id" : "1080573059696709632",
        "media_url_https" : "https://pbs.twimg.com/media/Dv73eQEUUAACO8D.jpg",
        "sizes" : {
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "large" : {
            "w" : "2048",
            "h" : "1043",
            "resize" : "fit"
          },
          "medium" : {
            "w" : "1200",
            "h" : "611",
            "resize" : "fit"
          },
          "small" : {
            "w" : "680",
            "h" : "346",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/VrAOOhMpoK"
      } ]
    }
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Person0015",
        "screen_name" : "tomobotter",
        "indices" : [ "0", "11" ],
        "id_str" : "4851405166",
        "id" : "4851405166"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "15" ],
    "favorite_count" : "0",
    "in_reply_to_status_id_str" : "1079812034231820290",
    "id_str" : "1079899056652963840",
    "in_reply_to_user_id" : "4851405166",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1079899056652963840",
    "in_reply_to_status_id" : "1079812034231820290",
    "created_at" : "Tue Jan 01 00:36:13 +0000 2019",
    "favorited" : false,
    "full_text" : "@tomobotter 御神籤",
    "lang" : "ja",
    "in_reply_to_screen_name" : "tomobotter",
    "in_reply_to_user_id_str" : "4851405166"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "13" ],
    "favorite_count" : "0",
    "id_str" : "1079016338759180289",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1079016338759180289",
    "created_at" : "Sat Dec 29 14:08:36 +0000 2018",
    "favorited" : false,
    "full_text" : "1774(+42)黄パフォ",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "54" ],
    "favorite_count" : "1",
    "id_str" : "1079016189622284291",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1079016189622284291",
    "created_at" : "Sat Dec 29 14:08:01 +0000 2018",
    "favorited" : false,
    "full_text" : "B想定解は思いついてたけど制約を見てO(N log N)だと思ったからやめた\nいずれにしても実装できないけど",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "16" ],
    "favorite_count" : "0",
    "id_str" : "1077297346604544000",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1077297346604544000",
    "created_at" : "Mon Dec 24 20:17:57 +0000 2018",
    "favorited" : false,
    "full_text" : "やっとスポ身のレポートが終わった",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Person0015",
        "screen_name" : "tomobotter",
        "indices" : [ "0", "11" ],
        "id_str" : "4851405166",
        "id" : "4851405166"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "16" ],
    "favorite_count" : "0",
    "in_reply_to_status_id_str" : "1077271187003039746",
    "id_str" : "1077271463202217984",
    "in_reply_to_user_id" : "4688937990",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1077271463202217984",
    "in_reply_to_status_id" : "1077271187003039746",
    "created_at" : "Mon Dec 24 18:35:06 +0000 2018",
    "favorited" : false,
    "full_text" : "@tomobotter time",
    "lang" : "en",
    "in_reply_to_screen_name" : "E31415926",
    "in_reply_to_user_id_str" : "4688937990"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "3" ],
    "favorite_count" : "1",
    "id_str" : "1077271187003039746",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1077271187003039746",
    "created_at" : "Mon Dec 24 18:34:00 +0000 2018",
    "favorited" : false,
    "full_text" : "334",
    "lang" : "und"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "2" ],
    "favorite_count" : "0",
    "in_reply_to_status_id_str" : "1074264385168728064",
    "id_str" : "1076818685778485248",
    "in_reply_to_user_id" : "4688937990",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1076818685778485248",
    "in_reply_to_status_id" : "1074264385168728064",
    "created_at" : "Sun Dec 23 12:35:55 +0000 2018",
    "favorited" : false,
    "full_text" : "完了",
    "lang" : "ja",
    "in_reply_to_screen_name" : "E31415926",
    "in_reply_to_user_id_str" : "4688937990"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "57" ],
    "favorite_count" : "2",
    "id_str" : "1076478666555543553",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1076478666555543553",
    "created_at" : "Sat Dec 22 14:04:48 +0000 2018",
    "favorited" : false,
    "full_text" : "Eはセグ木を使って前計算しといて境界を全探索だと思ったけど。手元とAtCoder側で挙動が違うからデバッグできない",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "41" ],
    "favorite_count" : "2",
    "id_str" : "1076477841821200384",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1076477841821200384",
    "created_at" : "Sat Dec 22 14:01:32 +0000 2018",
    "favorited" : false,
    "full_text" : "コンパイラをclangに変えて提出したらWAがACになったけど代わりにREが生えた",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "18" ],
    "favorite_count" : "0",
    "id_str" : "1076477557392850946",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1076477557392850946",
    "created_at" : "Sat Dec 22 14:00:24 +0000 2018",
    "favorited" : false,
    "full_text" : "コードテストと手元の結果が一致しない",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ {
        "url" : "https://t.co/PZa4e1imy6",
        "expanded_url" : "https://twitter.com/E31415926/status/1072810612470632448",
        "display_url" : "twitter.com/E31415926/stat…",
        "indices" : [ "33", "56" ]
      } ]
    },
    "display_text_range" : [ "0", "56" ],
    "favorite_count" : "3",
    "id_str" : "1076416880850591744",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1076416880850591744",
    "possibly_sensitive" : false,
    "created_at" : "Sat Dec 22 09:59:17 +0000 2018",
    "favorited" : false,
    "full_text" : "本当に学習能力が無さすぎてまた同じことをしたし今回はPCが落ちた https://t.co/PZa4e1imy6",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Person0016",
        "screen_name" : "enbun01",
        "indices" : [ "0", "8" ],
        "id_str" : "973923952648101888",
        "id" : "973923952648101888"
      } ],
      "urls" : [ {
        "url" : "https://t.co/mAnfwkeFRz",
        "expanded_url" : "http://d.hatena.ne.jp/ku-ma-me/touch/20160920/p1",
        "display_url" : "d.hatena.ne.jp/ku-ma-me/touch…",
        "indices" : [ "9", "32" ]
      } ]
    },
    "display_text_range" : [ "0", "32" ],
    "favorite_count" : "4",
    "in_reply_to_status_id_str" : "1075234830256762880",
    "id_str" : "1075253591307313152",
    "in_reply_to_user_id" : "973923952648101888",
    "truncated" : false,
    "retweet_count" : "1",
    "id" : "1075253591307313152",
    "in_reply_to_status_id" : "1075234830256762880",
    "possibly_sensitive" : false,
    "created_at" : "Wed Dec 19 04:56:48 +0000 2018",
    "favorited" : false,
    "full_text" : "@enbun01 https://t.co/mAnfwkeFRz",
    "lang" : "und",
    "in_reply_to_screen_name" : "enbun01",
    "in_reply_to_user_id_str" : "973923952648101888"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Person0017",
        "screen_name" : "9214KS",
        "indices" : [ "3", "10" ],
        "id_str" : "3223042652",
        "id" : "3223042652"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "41" ],
    "favorite_count" : "0",
    "id_str" : "1075166758217048064",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1075166758217048064",
    "created_at" : "Tue Dec 18 23:11:45 +0000 2018",
    "favorited" : false,
    "full_text" : "RT @9214KS: 駅までの道で遭遇した同クラE氏となぜか別の車両に乗るなど。",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "15" ],
    "favorite_count" : "1",
    "id_str" : "1075166618282409986",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1075166618282409986",
    "created_at" : "Tue Dec 18 23:11:12 +0000 2018",
    "favorited" : false,
    "full_text" : "渋谷寄りの車両には乗りたくない",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Person0001",
        "screen_name" : "E31415926",
        "indices" : [ "3", "13" ],
        "id_str" : "4688937990",
        "id" : "4688937990"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "140" ],
    "favorite_count" : "0",
    "id_str" : "1074944873084534784",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1074944873084534784",
    "created_at" : "Tue Dec 18 08:30:03 +0000 2018",
    "favorited" : false,
    "full_text" : "RT @E31415926: rand()は[0,1)の一様分布の乱数を返すとし^はべき乗演算子とする\nx=rand()^2,y=rand()^2としたとき\n(x,y)が点(1,0)を中心とする半径1の円内に入る確率はπ/4ではない\n\n(確率密度関数f(x)=1/2√x,累積分…",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "183" ],
    "favorite_count" : "0",
    "id_str" : "1074613652735504385",
    "truncated" : false,
    "retweet_count" : "1",
    "id" : "1074613652735504385",
    "created_at" : "Mon Dec 17 10:33:54 +0000 2018",
    "favorited" : false,
    "full_text" : "rand()は[0,1)の一様分布の乱数を返すとし^はべき乗演算子とする\nx=rand()^2,y=rand()^2としたとき\n(x,y)が点(1,0)を中心とする半径1の円内に入る確率はπ/4ではない\n\n(確率密度関数f(x)=1/2√x,累積分布関数F(x)=√xに対して∫0→1 f(x)F(√(2x-x^2))dxを計算する以外の証明があれば教えてください)",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "38" ],
    "favorite_count" : "3",
    "id_str" : "1086599172294242304",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1086599172294242304",
    "created_at" : "Sat Jan 19 12:20:05 +0000 2019",
    "favorited" : false,
    "full_text" : "今日の反省:ペナルティがないからと言って40回も提出するのはさすがにやりすぎ",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "user_mentions" : [ ],
      "urls" : [ ],
      "symbols" : [ ],
      "media" : [ {
        "expanded_url" : "https://twitter.com/E31415926/status/1086547891496181760/photo/1",
        "indices" : [ "18", "41" ],
        "url" : "https://t.co/DQINTVwLVk",
        "media_url" : "http://pbs.twimg.com/media/DxQxjFeU0AEo1QG.jpg",
        "id_str" : "1086547888937684993",
        "id" : "1086547888937684993",
        "media_url_https" : "https://pbs.twimg.com/media/DxQxjFeU0AEo1QG.jpg",
        "sizes" : {
          "small" : {
            "w" : "680",
            "h" : "96",
            "resize" : "fit"
          },
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "large" : {
            "w" : "1067",
            "h" : "151",
            "resize" : "fit"
          },
          "medium" : {
            "w" : "1067",
            "h" : "151",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/DQINTVwLVk"
      } ],
      "hashtags" : [ {
        "text" : "ddcc2019",
        "indices" : [ "8", "17" ]
      } ]
    },
    "display_text_range" : [ "0", "41" ],
    "favorite_count" : "5",
    "id_str" : "1086547891496181760",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1086547891496181760",
    "possibly_sensitive" : false,
    "created_at" : "Sat Jan 19 08:56:19 +0000 2019",
    "favorited" : false,
    "full_text" : "本日の結果です\n#ddcc2019 https://t.co/DQINTVwLVk",
    "lang" : "ja",
    "extended_entities" : {
      "media" : [ {
        "expanded_url" : "https://twitter.com/E31415926/status/1086547891496181760/photo/1",
        "indices" : [ "18", "41" ],
        "url" : "https://t.co/DQINTVwLVk",
        "media_url" : "http://pbs.twimg.com/media/DxQxjFeU0AEo1QG.jpg",
        "id_str" : "1086547888937684993",
        "id" : "1086547888937684993",
        "media_url_https" : "https://pbs.twimg.com/media/DxQxjFeU0AEo1QG.jpg",
        "sizes" : {
          "small" : {
            "w" : "680",
            "h" : "96",
            "resize" : "fit"
          },
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "large" : {
            "w" : "1067",
            "h" : "151",
            "resize" : "fit"
          },
          "medium" : {
            "w" : "1067",
            "h" : "151",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/DQINTVwLVk"
      } ]
    }
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ {
        "text" : "ddcc2019",
        "indices" : [ "25", "34" ]
      } ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "34" ],
    "favorite_count" : "1",
    "id_str" : "1086492171513909249",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1086492171513909249",
    "created_at" : "Sat Jan 19 05:14:54 +0000 2019",
    "favorited" : false,
    "full_text" : "装置実装部門ちょっと直したら8位相当の点になった\n#ddcc2019",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ {
        "text" : "ddcc2019",
        "indices" : [ "22", "31" ]
      } ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "31" ],
    "favorite_count" : "4",
    "id_str" : "1086474898787074048",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1086474898787074048",
    "created_at" : "Sat Jan 19 04:06:16 +0000 2019",
    "favorited" : false,
    "full_text" : "私はB問題に41回提出して解けませんでした\n#ddcc2019",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "10" ],
    "favorite_count" : "0",
    "id_str" : "1086473047643549697",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1086473047643549697",
    "created_at" : "Sat Jan 19 03:58:54 +0000 2019",
    "favorited" : false,
    "full_text" : "寿司の確保に失敗した",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "36" ],
    "favorite_count" : "1",
    "id_str" : "1086278601484324865",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1086278601484324865",
    "created_at" : "Fri Jan 18 15:06:15 +0000 2019",
    "favorited" : false,
    "full_text" : "結局アルゴリズム入門のシケプリはwordで7枚ぐらい書いたところで捨てた",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "2" ],
    "favorite_count" : "3",
    "id_str" : "1086243639074770946",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1086243639074770946",
    "created_at" : "Fri Jan 18 12:47:19 +0000 2019",
    "favorited" : false,
    "full_text" : "ゆれ",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "79" ],
    "favorite_count" : "1",
    "id_str" : "1086232781124816897",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1086232781124816897",
    "created_at" : "Fri Jan 18 12:04:10 +0000 2019",
    "favorited" : false,
    "full_text" : "センター国語、現代文に想定より10分ぐらい時間かけてしまったけど古文が本居宣長だったおかげで助かった。平安文学だったら古漢のどちらかをほぼ捨てることになってた",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "3" ],
    "favorite_count" : "0",
    "id_str" : "1085968724035661824",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1085968724035661824",
    "created_at" : "Thu Jan 17 18:34:54 +0000 2019",
    "favorited" : false,
    "full_text" : "334",
    "lang" : "und"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "24" ],
    "favorite_count" : "0",
    "id_str" : "1085873079941685251",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1085873079941685251",
    "created_at" : "Thu Jan 17 12:14:51 +0000 2019",
    "favorited" : false,
    "full_text" : "アルゴリズム入門の試験範囲去年までより少ないのか",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "17" ],
    "favorite_count" : "0",
    "id_str" : "1085710597457506304",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1085710597457506304",
    "created_at" : "Thu Jan 17 01:29:12 +0000 2019",
    "favorited" : false,
    "full_text" : "今日中にシケプリ作らないといけない",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Person0018",
        "screen_name" : "e869120",
        "indices" : [ "0", "8" ],
        "id_str" : "764789435787378688",
        "id" : "764789435787378688"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "21" ],
    "favorite_count" : "1",
    "in_reply_to_status_id_str" : "1085531595891560448",
    "id_str" : "1085535701662220290",
    "in_reply_to_user_id" : "764789435787378688",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1085535701662220290",
    "in_reply_to_status_id" : "1085531595891560448",
    "created_at" : "Wed Jan 16 13:54:14 +0000 2019",
    "favorited" : false,
    "full_text" : "@e869120 1.17 Contest",
    "lang" : "en",
    "in_reply_to_screen_name" : "e869120",
    "in_reply_to_user_id_str" : "764789435787378688"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "87" ],
    "favorite_count" : "0",
    "id_str" : "1085518768824963073",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1085518768824963073",
    "created_at" : "Wed Jan 16 12:46:57 +0000 2019",
    "favorited" : false,
    "full_text" : "2017年度アルゴリズム入門共通試験の1(5)のhを小さくした時に誤差が大きくなる原因は丸め誤差の蓄積ですか?情報落ちですか?\n詳しい人あるいは授業で解説を受けた人いませんか",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Person0018",
        "screen_name" : "e869120",
        "indices" : [ "0", "8" ],
        "id_str" : "764789435787378688",
        "id" : "764789435787378688"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "37" ],
    "favorite_count" : "3",
    "in_reply_to_status_id_str" : "1085206340778131456",
    "id_str" : "1085235253587861504",
    "in_reply_to_user_id" : "764789435787378688",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1085235253587861504",
    "in_reply_to_status_id" : "1085206340778131456",
    "created_at" : "Tue Jan 15 18:00:21 +0000 2019",
    "favorited" : false,
    "full_text" : "@e869120 intやlong longはclassではないと思います",
    "lang" : "ja",
    "in_reply_to_screen_name" : "e869120",
    "in_reply_to_user_id_str" : "764789435787378688"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "38" ],
    "favorite_count" : "0",
    "id_str" : "1085190806862946305",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1085190806862946305",
    "created_at" : "Tue Jan 15 15:03:44 +0000 2019",
    "favorited" : false,
    "full_text" : "家に帰る時間がなかったからテザリングして駅で仕上げて提出した\n完成度がひどい",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "14" ],
    "favorite_count" : "0",
    "id_str" : "1085179602148876288",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1085179602148876288",
    "created_at" : "Tue Jan 15 14:19:13 +0000 2019",
    "favorited" : false,
    "full_text" : "井の頭線乗ったけど間に合うか",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "31" ],
    "favorite_count" : "2",
    "id_str" : "1085177479034097664",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1085177479034097664",
    "created_at" : "Tue Jan 15 14:10:47 +0000 2019",
    "favorited" : false,
    "full_text" : "23:59締め切りのアルゴリズム入門の課題終わってない@五反田",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Person0019",
        "screen_name" : "__Null_Null_",
        "indices" : [ "0", "13" ],
        "id_str" : "1025764662489505793",
        "id" : "1025764662489505793"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "159" ],
    "favorite_count" : "1",
    "in_reply_to_status_id_str" : "1084452594498494465",
    "id_str" : "1084458484102356992",
    "in_reply_to_user_id" : "1025764662489505793",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1084458484102356992",
    "in_reply_to_status_id" : "1084452594498494465",
    "created_at" : "Sun Jan 13 14:33:45 +0000 2019",
    "favorited" : false,
    "full_text" : "@__Null_Null_ Dは小さい方からでも決まります\nAにもBにも含まれなければ保留。\nAに含まれていればその行にそれ以降の数字は入れられないので、その数と保留中の数でその行を全て埋めます。\n保留中の数字の個数とすでに埋めた行の数、列の数だけ覚えておけば良いです\n実装はP(順列)を求める関数を用意してあれば簡単",
    "lang" : "ja",
    "in_reply_to_screen_name" : "__Null_Null_",
    "in_reply_to_user_id_str" : "1025764662489505793"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "17" ],
    "favorite_count" : "1",
    "id_str" : "1084453769067126785",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1084453769067126785",
    "created_at" : "Sun Jan 13 14:15:01 +0000 2019",
    "favorited" : false,
    "full_text" : "1787-&gt;1789(+2)",
    "lang" : "und"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "34" ],
    "favorite_count" : "1",
    "id_str" : "1084453549843480577",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1084453549843480577",
    "created_at" : "Sun Jan 13 14:14:09 +0000 2019",
    "favorited" : false,
    "full_text" : "D最初は大きい方からやろうとして無理そうだったから小さい方からやった",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "19" ],
    "favorite_count" : "0",
    "id_str" : "1084452413837271040",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1084452413837271040",
    "created_at" : "Sun Jan 13 14:09:38 +0000 2019",
    "favorited" : false,
    "full_text" : "D大きい方から埋めてる人は何をやったの",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "156" ],
    "favorite_count" : "2",
    "id_str" : "1084451931467071488",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1084451931467071488",
    "created_at" : "Sun Jan 13 14:07:43 +0000 2019",
    "favorited" : false,
    "full_text" : "D:\n1からNMまで小さい方から順に決める\nAにもBにも含まれないならとりあえず保留\niがA[B]に含まれていたらその行[列]にiを書く。その行[列]の残りの部分は保留していたやつで埋める。(iを書く場所の候補はまだ埋めていない列[行]の個数,残りの部分は(保留中の個数)P(まだ埋めていない列[行]の個数-1)",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "6" ],
    "favorite_count" : "0",
    "id_str" : "1084450043359199232",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1084450043359199232",
    "created_at" : "Sun Jan 13 14:00:13 +0000 2019",
    "favorited" : false,
    "full_text" : "4完101分",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Person0020",
        "screen_name" : "corn0626",
        "indices" : [ "0", "9" ],
        "id_str" : "972482706448592898",
        "id" : "972482706448592898"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "16" ],
    "favorite_count" : "0",
    "in_reply_to_status_id_str" : "1084019148785561600",
    "id_str" : "1084019488356425728",
    "in_reply_to_user_id" : "972482706448592898",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1084019488356425728",
    "in_reply_to_status_id" : "1084019148785561600",
    "created_at" : "Sat Jan 12 09:29:20 +0000 2019",
    "favorited" : false,
    "full_text" : "@corn0626 +を'+'に",
    "lang" : "ja",
    "in_reply_to_screen_name" : "corn0626",
    "in_reply_to_user_id_str" : "972482706448592898"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Person0013",
        "screen_name" : "064tkr",
        "indices" : [ "0", "7" ],
        "id_str" : "1007083410727157760",
        "id" : "1007083410727157760"
      }, {
        "name" : "Person0014",
        "screen_name" : "lifein0ftoxun",
        "indices" : [ "8", "22" ],
        "id_str" : "983921915139055616",
        "id" : "983921915139055616"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "49" ],
    "favorite_count" : "1",
    "in_reply_to_status_id_str" : "1083713318466932737",
    "id_str" : "1083713959297863682",
    "in_reply_to_user_id" : "4688937990",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1083713959297863682",
    "in_reply_to_status_id" : "1083713318466932737",
    "created_at" : "Fri Jan 11 13:15:16 +0000 2019",
    "favorited" : false,
    "full_text" : "@064tkr @lifein0ftoxun fractions. Fraction型だったと思う",
    "lang" : "ja",
    "in_reply_to_screen_name" : "E31415926",
    "in_reply_to_user_id_str" : "4688937990"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "9" ],
    "favorite_count" : "0",
    "id_str" : "1092341026801381376",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1092341026801381376",
    "created_at" : "Mon Feb 04 08:36:10 +0000 2019",
    "favorited" : false,
    "full_text" : "はんだがなくなった",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "user_mentions" : [ ],
      "urls" : [ ],
      "symbols" : [ ],
      "media" : [ {
        "expanded_url" : "https://twitter.com/E31415926/status/1092317731301470208/photo/1",
        "indices" : [ "11", "34" ],
        "url" : "https://t.co/o1CnuIwjcR",
        "media_url" : "http://pbs.twimg.com/media/DyixLtnVsAAsB87.jpg",
        "id_str" : "1092317724418617344",
        "id" : "1092317724418617344",
        "media_url_https" : "https://pbs.twimg.com/media/DyixLtnVsAAsB87.jpg",
        "sizes" : {
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "large" : {
            "w" : "1822",
            "h" : "1397",
            "resize" : "fit"
          },
          "small" : {
            "w" : "680",
            "h" : "521",
            "resize" : "fit"
          },
          "medium" : {
            "w" : "1200",
            "h" : "920",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/o1CnuIwjcR"
      } ],
      "hashtags" : [ ]
    },
    "display_text_range" : [ "0", "34" ],
    "favorite_count" : "0",
    "id_str" : "1092317731301470208",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1092317731301470208",
    "possibly_sensitive" : false,
    "created_at" : "Mon Feb 04 07:03:36 +0000 2019",
    "favorited" : false,
    "full_text" : "できたような気がする https://t.co/o1CnuIwjcR",
    "lang" : "ja",
    "extended_entities" : {
      "media" : [ {
        "expanded_url" : "https://twitter.com/E31415926/status/1092317731301470208/photo/1",
        "indices" : [ "11", "34" ],
        "url" : "https://t.co/o1CnuIwjcR",
        "media_url" : "http://pbs.twimg.com/media/DyixLtnVsAAsB87.jpg",
        "id_str" : "1092317724418617344",
        "id" : "1092317724418617344",
        "media_url_https" : "https://pbs.twimg.com/media/DyixLtnVsAAsB87.jpg",
        "sizes" : {
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "large" : {
            "w" : "1822",
            "h" : "1397",
            "resize" : "fit"
          },
          "small" : {
            "w" : "680",
            "h" : "521",
            "resize" : "fit"
          },
          "medium" : {
            "w" : "1200",
            "h" : "920",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/o1CnuIwjcR"
      } ]
    }
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "user_mentions" : [ ],
      "urls" : [ ],
      "symbols" : [ ],
      "media" : [ {
        "expanded_url" : "https://twitter.com/E31415926/status/1092314039953158144/photo/1",
        "indices" : [ "13", "36" ],
        "url" : "https://t.co/Vr2v7l7x6f",
        "media_url" : "http://pbs.twimg.com/media/Dyit02SUYAAkBfq.jpg",
        "id_str" : "1092314033074495488",
        "id" : "1092314033074495488",
        "media_url_https" : "https://pbs.twimg.com/media/Dyit02SUYAAkBfq.jpg",
        "sizes" : {
          "medium" : {
            "w" : "1200",
            "h" : "890",
            "resize" : "fit"
          },
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "large" : {
            "w" : "2048",
            "h" : "1518",
            "resize" : "fit"
          },
          "small" : {
            "w" : "680",
            "h" : "504",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/Vr2v7l7x6f"
      } ],
      "hashtags" : [ ]
    },
    "display_text_range" : [ "0", "36" ],
    "favorite_count" : "2",
    "id_str" : "1092314039953158144",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1092314039953158144",
    "possibly_sensitive" : false,
    "created_at" : "Mon Feb 04 06:48:55 +0000 2019",
    "favorited" : false,
    "full_text" : "ここのはんだ付け無理では https://t.co/Vr2v7l7x6f",
    "lang" : "ja",
    "extended_entities" : {
      "media" : [ {
        "expanded_url" : "https://twitter.com/E31415926/status/1092314039953158144/photo/1",
        "indices" : [ "13", "36" ],
        "url" : "https://t.co/Vr2v7l7x6f",
        "media_url" : "http://pbs.twimg.com/media/Dyit02SUYAAkBfq.jpg",
        "id_str" : "1092314033074495488",
        "id" : "1092314033074495488",
        "media_url_https" : "https://pbs.twimg.com/media/Dyit02SUYAAkBfq.jpg",
        "sizes" : {
          "medium" : {
            "w" : "1200",
            "h" : "890",
            "resize" : "fit"
          },
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "large" : {
            "w" : "2048",
            "h" : "1518",
            "resize" : "fit"
          },
          "small" : {
            "w" : "680",
            "h" : "504",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/Vr2v7l7x6f"
      } ]
    }
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "22" ],
    "favorite_count" : "1",
    "id_str" : "1092033222391750656",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1092033222391750656",
    "created_at" : "Sun Feb 03 12:13:03 +0000 2019",
    "favorited" : false,
    "full_text" : "スキーに行きたくなったので2日後で申し込んだ",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "11" ],
    "favorite_count" : "0",
    "id_str" : "1091967308644249601",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1091967308644249601",
    "created_at" : "Sun Feb 03 07:51:08 +0000 2019",
    "favorited" : false,
    "full_text" : "はんだ付けが下手すぎる",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "53" ],
    "favorite_count" : "1",
    "id_str" : "1091639461346070528",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1091639461346070528",
    "created_at" : "Sat Feb 02 10:08:23 +0000 2019",
    "favorited" : false,
    "full_text" : "日経コンイベントだけ参加します\n\n予選に参加した人はすぐに迷惑メールボックスを確認することをおすすめします",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "24" ],
    "favorite_count" : "5",
    "id_str" : "1090442852687966208",
    "truncated" : false,
    "retweet_count" : "1",
    "id" : "1090442852687966208",
    "created_at" : "Wed Jan 30 02:53:30 +0000 2019",
    "favorited" : false,
    "full_text" : "昨日の11時に起きてから今まで丸一日ゲームしてた",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "51" ],
    "favorite_count" : "2",
    "id_str" : "1089885289663803393",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1089885289663803393",
    "created_at" : "Mon Jan 28 13:57:56 +0000 2019",
    "favorited" : false,
    "full_text" : "同窓会名簿買ったけど大学名非公開にしてる人が多かった\n浪人もいるけどクラスでは15/34しか載ってない",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "54" ],
    "favorite_count" : "2",
    "id_str" : "1089723832129048576",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1089723832129048576",
    "created_at" : "Mon Jan 28 03:16:22 +0000 2019",
    "favorited" : false,
    "full_text" : "対角化の計算が合わなかったから0完\n145は手をつけられず23は部分点だからSセメと合わせたら追試になりそう",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "20" ],
    "favorite_count" : "1",
    "id_str" : "1089678253873188864",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1089678253873188864",
    "created_at" : "Mon Jan 28 00:15:15 +0000 2019",
    "favorited" : false,
    "full_text" : "30分以内の遅刻をした方が点が上がりそう",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "40" ],
    "favorite_count" : "0",
    "id_str" : "1089654422794203136",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1089654422794203136",
    "created_at" : "Sun Jan 27 22:40:33 +0000 2019",
    "favorited" : false,
    "full_text" : "レート更新されてないと思ったらキャッシュが残ってただけだったみたいなのでツイ消し",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "9" ],
    "favorite_count" : "0",
    "id_str" : "1089654026134708224",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1089654026134708224",
    "created_at" : "Sun Jan 27 22:38:59 +0000 2019",
    "favorited" : false,
    "full_text" : "更新されてるじゃん",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "22" ],
    "favorite_count" : "0",
    "id_str" : "1089525145587204097",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1089525145587204097",
    "created_at" : "Sun Jan 27 14:06:51 +0000 2019",
    "favorited" : false,
    "full_text" : "いや待って。500位の方は繰り上がり無いの?",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "19" ],
    "favorite_count" : "0",
    "id_str" : "1089524549249490944",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1089524549249490944",
    "created_at" : "Sun Jan 27 14:04:29 +0000 2019",
    "favorited" : false,
    "full_text" : "529位。まあ辞退者考えれば大丈夫そう",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "17" ],
    "favorite_count" : "0",
    "id_str" : "1089492759575031808",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1089492759575031808",
    "created_at" : "Sun Jan 27 11:58:10 +0000 2019",
    "favorited" : false,
    "full_text" : "500位目指すなら3完でいいのかな",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "23" ],
    "favorite_count" : "0",
    "id_str" : "1089490752957165568",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1089490752957165568",
    "created_at" : "Sun Jan 27 11:50:11 +0000 2019",
    "favorited" : false,
    "full_text" : "試験がやばいので日経コンは1時間以内に撤退する",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "28" ],
    "favorite_count" : "7",
    "id_str" : "1089443783656140801",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1089443783656140801",
    "created_at" : "Sun Jan 27 08:43:33 +0000 2019",
    "favorited" : false,
    "full_text" : "線形代数Sセメで0点を取ったから相当頑張らないといけない",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "19" ],
    "favorite_count" : "0",
    "id_str" : "1089379075670519808",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1089379075670519808",
    "created_at" : "Sun Jan 27 04:26:25 +0000 2019",
    "favorited" : false,
    "full_text" : "電磁気演習問題1番からすでに分からない",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "58" ],
    "favorite_count" : "2",
    "id_str" : "1088313134664671233",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1088313134664671233",
    "created_at" : "Thu Jan 24 05:50:45 +0000 2019",
    "favorited" : false,
    "full_text" : "エラトステネスの篩の計算量解析知らなかったから素数定理でO(n logn)まで押さえて終わった\n100点はなくなった",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "13" ],
    "favorite_count" : "0",
    "id_str" : "1088308458691018753",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1088308458691018753",
    "created_at" : "Thu Jan 24 05:32:11 +0000 2019",
    "favorited" : false,
    "full_text" : "エラトステネスの篩の計算量",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "17" ],
    "favorite_count" : "3",
    "id_str" : "1088288675010535424",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1088288675010535424",
    "created_at" : "Thu Jan 24 04:13:34 +0000 2019",
    "favorited" : false,
    "full_text" : "アルゴリズム入門は100優上欲しい",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "38" ],
    "favorite_count" : "1",
    "id_str" : "1088145684061028352",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1088145684061028352",
    "created_at" : "Wed Jan 23 18:45:22 +0000 2019",
    "favorited" : false,
    "full_text" : "眠くはないけどこのまま起きてると微積の時に頭が回らなくなるので三時間だけ寝る",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "3" ],
    "favorite_count" : "1",
    "id_str" : "1087986455618686981",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1087986455618686981",
    "created_at" : "Wed Jan 23 08:12:39 +0000 2019",
    "favorited" : false,
    "full_text" : "起きた",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "26" ],
    "favorite_count" : "1",
    "id_str" : "1087935624403959808",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1087935624403959808",
    "created_at" : "Wed Jan 23 04:50:40 +0000 2019",
    "favorited" : false,
    "full_text" : "動的計画法が試験範囲に含まれていないアルゴリズム入門",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "59" ],
    "favorite_count" : "2",
    "id_str" : "1087878959348441088",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1087878959348441088",
    "created_at" : "Wed Jan 23 01:05:30 +0000 2019",
    "favorited" : false,
    "full_text" : "優3割に入れるとは思ってないけど良は来るかも\nところで最後の日本語または中国語で感想を書く問題無視したけど大丈夫だよね",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "73" ],
    "favorite_count" : "0",
    "id_str" : "1094960649325563905",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1094960649325563905",
    "created_at" : "Mon Feb 11 14:05:36 +0000 2019",
    "favorited" : false,
    "full_text" : "A:227563 B:0\n焼き鈍し法すら知らないから解けるはずがない\nどうせ本選にはいけないのでAとBをみてAの方が面白そうだったからAだけ解いた",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Person0021",
        "screen_name" : "tqkoh",
        "indices" : [ "0", "6" ],
        "id_str" : "1007980131145535488",
        "id" : "1007980131145535488"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "21" ],
    "favorite_count" : "1",
    "in_reply_to_status_id_str" : "1094939235595935745",
    "id_str" : "1094942739978833920",
    "in_reply_to_user_id" : "1007980131145535488",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1094942739978833920",
    "in_reply_to_status_id" : "1094939235595935745",
    "created_at" : "Mon Feb 11 12:54:26 +0000 2019",
    "favorited" : false,
    "full_text" : "@tqkoh TFFTF\nor\nFTTFT",
    "lang" : "und",
    "in_reply_to_screen_name" : "tqkoh",
    "in_reply_to_user_id_str" : "1007980131145535488"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ {
        "text" : "AtCoderVirtualContest",
        "indices" : [ "32", "54" ]
      } ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ {
        "url" : "https://t.co/ftWy7cvNCt",
        "expanded_url" : "https://not-522.appspot.com/contest/5710619042906112",
        "display_url" : "not-522.appspot.com/contest/571061…",
        "indices" : [ "8", "31" ]
      } ]
    },
    "display_text_range" : [ "0", "54" ],
    "favorite_count" : "0",
    "id_str" : "1094878158161993729",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1094878158161993729",
    "possibly_sensitive" : false,
    "created_at" : "Mon Feb 11 08:37:49 +0000 2019",
    "favorited" : false,
    "full_text" : "5566#03 https://t.co/ftWy7cvNCt #AtCoderVirtualContest",
    "lang" : "und"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ {
        "text" : "AtCoderVirtualContest",
        "indices" : [ "32", "54" ]
      } ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ {
        "url" : "https://t.co/rD3BWnEq5T",
        "expanded_url" : "https://not-522.appspot.com/contest/4792131864494080",
        "display_url" : "not-522.appspot.com/contest/479213…",
        "indices" : [ "8", "31" ]
      } ]
    },
    "display_text_range" : [ "0", "54" ],
    "favorite_count" : "0",
    "id_str" : "1094878125987483648",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1094878125987483648",
    "possibly_sensitive" : false,
    "created_at" : "Mon Feb 11 08:37:41 +0000 2019",
    "favorited" : false,
    "full_text" : "5566#02 https://t.co/rD3BWnEq5T #AtCoderVirtualContest",
    "lang" : "und"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "user_mentions" : [ ],
      "urls" : [ ],
      "symbols" : [ ],
      "media" : [ {
        "expanded_url" : "https://twitter.com/E31415926/status/1094864295098167297/photo/1",
        "indices" : [ "19", "42" ],
        "url" : "https://t.co/odcC9PKwBA",
        "media_url" : "http://pbs.twimg.com/media/DzG9RMKVYAAaxSm.jpg",
        "id_str" : "1094864287447736320",
        "id" : "1094864287447736320",
        "media_url_https" : "https://pbs.twimg.com/media/DzG9RMKVYAAaxSm.jpg",
        "sizes" : {
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "medium" : {
            "w" : "900",
            "h" : "1200",
            "resize" : "fit"
          },
          "large" : {
            "w" : "1536",
            "h" : "2048",
            "resize" : "fit"
          },
          "small" : {
            "w" : "510",
            "h" : "680",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/odcC9PKwBA"
      } ],
      "hashtags" : [ ]
    },
    "display_text_range" : [ "0", "42" ],
    "favorite_count" : "0",
    "id_str" : "1094864295098167297",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1094864295098167297",
    "possibly_sensitive" : false,
    "created_at" : "Mon Feb 11 07:42:44 +0000 2019",
    "favorited" : false,
    "full_text" : "vrzone新宿で3200円したやつ https://t.co/odcC9PKwBA",
    "lang" : "ja",
    "extended_entities" : {
      "media" : [ {
        "expanded_url" : "https://twitter.com/E31415926/status/1094864295098167297/photo/1",
        "indices" : [ "19", "42" ],
        "url" : "https://t.co/odcC9PKwBA",
        "media_url" : "http://pbs.twimg.com/media/DzG9RMKVYAAaxSm.jpg",
        "id_str" : "1094864287447736320",
        "id" : "1094864287447736320",
        "media_url_https" : "https://pbs.twimg.com/media/DzG9RMKVYAAaxSm.jpg",
        "sizes" : {
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "medium" : {
            "w" : "900",
            "h" : "1200",
            "resize" : "fit"
          },
          "large" : {
            "w" : "1536",
            "h" : "2048",
            "resize" : "fit"
          },
          "small" : {
            "w" : "510",
            "h" : "680",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/odcC9PKwBA"
      } ]
    }
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Person0022",
        "screen_name" : "babcs2035",
        "indices" : [ "0", "10" ],
        "id_str" : "774820508764213248",
        "id" : "774820508764213248"
      }, {
        "name" : "Person0002",
        "screen_name" : "Nafmo2",
        "indices" : [ "11", "18" ],
        "id_str" : "830288329241354241",
        "id" : "830288329241354241"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "43" ],
    "favorite_count" : "2",
    "in_reply_to_status_id_str" : "1094795658559610880",
    "id_str" : "1094796941261561861",
    "in_reply_to_user_id" : "774820508764213248",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1094796941261561861",
    "in_reply_to_status_id" : "1094795658559610880",
    "created_at" : "Mon Feb 11 03:15:05 +0000 2019",
    "favorited" : false,
    "full_text" : "@babcs2035 @Nafmo2 自分の順位だけは希望すればメールで教えてくれます",
    "lang" : "ja",
    "in_reply_to_screen_name" : "babcs2035",
    "in_reply_to_user_id_str" : "774820508764213248"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Person0023",
        "screen_name" : "WA_TLE",
        "indices" : [ "0", "7" ],
        "id_str" : "846269911357829120",
        "id" : "846269911357829120"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "23" ],
    "favorite_count" : "1",
    "in_reply_to_status_id_str" : "1094461224517943298",
    "id_str" : "1094464309755666434",
    "in_reply_to_user_id" : "846269911357829120",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1094464309755666434",
    "in_reply_to_status_id" : "1094461224517943298",
    "created_at" : "Sun Feb 10 05:13:20 +0000 2019",
    "favorited" : false,
    "full_text" : "@WA_TLE 趣味です(送信できてなかった)",
    "lang" : "ja",
    "in_reply_to_screen_name" : "WA_TLE",
    "in_reply_to_user_id_str" : "846269911357829120"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "34" ],
    "favorite_count" : "11",
    "id_str" : "1094460930727890944",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1094460930727890944",
    "created_at" : "Sun Feb 10 04:59:54 +0000 2019",
    "favorited" : false,
    "full_text" : "本選オープン4完部分点なしの400点でした(本名が特定されてしまう)",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "12" ],
    "favorite_count" : "1",
    "id_str" : "1094460189661515776",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1094460189661515776",
    "created_at" : "Sun Feb 10 04:56:57 +0000 2019",
    "favorited" : false,
    "full_text" : "4点問題を解く時間がない",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "35" ],
    "favorite_count" : "4",
    "id_str" : "1094410677312081922",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1094410677312081922",
    "created_at" : "Sun Feb 10 01:40:13 +0000 2019",
    "favorited" : false,
    "full_text" : "503 Service Temporarily Unavailable",
    "lang" : "es"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Person0006",
        "screen_name" : "addeight2",
        "indices" : [ "0", "10" ],
        "id_str" : "766532715210342400",
        "id" : "766532715210342400"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "52" ],
    "favorite_count" : "1",
    "in_reply_to_status_id_str" : "1094405505068331010",
    "id_str" : "1094410562832723968",
    "in_reply_to_user_id" : "766532715210342400",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1094410562832723968",
    "in_reply_to_status_id" : "1094405505068331010",
    "created_at" : "Sun Feb 10 01:39:46 +0000 2019",
    "favorited" : false,
    "full_text" : "@addeight2 includeとかrepマクロをすでに貼り付けてしまった\nそれ以外は使わないでおく",
    "lang" : "ja",
    "in_reply_to_screen_name" : "addeight2",
    "in_reply_to_user_id_str" : "766532715210342400"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "20" ],
    "favorite_count" : "1",
    "id_str" : "1094401739728404480",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1094401739728404480",
    "created_at" : "Sun Feb 10 01:04:42 +0000 2019",
    "favorited" : false,
    "full_text" : "本名で登録してしまった\n誰か直し方教えて",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "38" ],
    "favorite_count" : "2",
    "id_str" : "1094399513987473408",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1094399513987473408",
    "created_at" : "Sun Feb 10 00:55:51 +0000 2019",
    "favorited" : false,
    "full_text" : "目標は春合宿ラインで\nライブラリの使用とネット接続ができる一方徹夜明けだけど",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Person0024",
        "screen_name" : "ioi_jp",
        "indices" : [ "3", "10" ],
        "id_str" : "105497782",
        "id" : "105497782"
      } ],
      "urls" : [ {
        "url" : "https://t.co/mm8vsd4HtV",
        "expanded_url" : "https://contests.ioi-jp.org/joi-ho-2019/index.html",
        "display_url" : "contests.ioi-jp.org/joi-ho-2019/in…",
        "indices" : [ "69", "92" ]
      } ]
    },
    "display_text_range" : [ "0", "92" ],
    "favorite_count" : "0",
    "id_str" : "1094395465154519041",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1094395465154519041",
    "possibly_sensitive" : false,
    "created_at" : "Sun Feb 10 00:39:46 +0000 2019",
    "favorited" : false,
    "full_text" : "RT @ioi_jp: 本選と同じ課題を使ったオープンコンテストが，10:00 よりオンラインで開催されます．オープンコンテストのページ https://t.co/mm8vsd4HtV",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "14" ],
    "favorite_count" : "3",
    "id_str" : "1094393262897426432",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1094393262897426432",
    "created_at" : "Sun Feb 10 00:31:01 +0000 2019",
    "favorited" : false,
    "full_text" : "本選オープンいつ始まりますか",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "53" ],
    "favorite_count" : "1",
    "id_str" : "1094243746948902912",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1094243746948902912",
    "created_at" : "Sat Feb 09 14:36:53 +0000 2019",
    "favorited" : false,
    "full_text" : "1787-&gt;1803(+16)\n9月以来の1800点代\n次回でうまくいけばhighest更新できそう",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "41" ],
    "favorite_count" : "0",
    "id_str" : "1094235005042081793",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1094235005042081793",
    "created_at" : "Sat Feb 09 14:02:09 +0000 2019",
    "favorited" : false,
    "full_text" : "D問題最初座標0から始めると誤読して30分ぐらい溶かしたけどどっちにしても解けない",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "97" ],
    "favorite_count" : "2",
    "id_str" : "1093882726434758656",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1093882726434758656",
    "created_at" : "Fri Feb 08 14:42:19 +0000 2019",
    "favorited" : false,
    "full_text" : "steamの旧正月セールでstellaris(utopiaとapocalypseのDLC付き)とhoi4のDLC3つ(man the guns以外)買った。通常価格で合計¥12520が¥4463",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "17" ],
    "favorite_count" : "0",
    "id_str" : "1093094349473116160",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1093094349473116160",
    "created_at" : "Wed Feb 06 10:29:36 +0000 2019",
    "favorited" : false,
    "full_text" : "直径0.3mmのはんだは使いやすい",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "23" ],
    "favorite_count" : "2",
    "id_str" : "1092795502977052674",
    "truncated" : false,
    "retweet_count" : "1",
    "id" : "1092795502977052674",
    "created_at" : "Tue Feb 05 14:42:05 +0000 2019",
    "favorited" : false,
    "full_text" : "今さらケムリクサ1話を見たら懐かしい路面電車が",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "5" ],
    "favorite_count" : "3",
    "id_str" : "1092707615379841024",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1092707615379841024",
    "created_at" : "Tue Feb 05 08:52:51 +0000 2019",
    "favorited" : false,
    "full_text" : "英語一列良",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "11" ],
    "favorite_count" : "0",
    "in_reply_to_status_id_str" : "1092659378396717056",
    "id_str" : "1092659625940283393",
    "in_reply_to_user_id" : "4688937990",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1092659625940283393",
    "in_reply_to_status_id" : "1092659378396717056",
    "created_at" : "Tue Feb 05 05:42:10 +0000 2019",
    "favorited" : false,
    "full_text" : "ポールというかネットか",
    "lang" : "ja",
    "in_reply_to_screen_name" : "E31415926",
    "in_reply_to_user_id_str" : "4688937990"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "user_mentions" : [ ],
      "urls" : [ ],
      "symbols" : [ ],
      "media" : [ {
        "expanded_url" : "https://twitter.com/E31415926/status/1092659378396717056/photo/1",
        "indices" : [ "18", "41" ],
        "url" : "https://t.co/kFwKUzF8rI",
        "media_url" : "http://pbs.twimg.com/media/Dynn52qU8AEHE5a.jpg",
        "id_str" : "1092659365725663233",
        "id" : "1092659365725663233",
        "media_url_https" : "https://pbs.twimg.com/media/Dynn52qU8AEHE5a.jpg",
        "sizes" : {
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "large" : {
            "w" : "1536",
            "h" : "2048",
            "resize" : "fit"
          },
          "small" : {
            "w" : "510",
            "h" : "680",
            "resize" : "fit"
          },
          "medium" : {
            "w" : "900",
            "h" : "1200",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/kFwKUzF8rI"
      } ],
      "hashtags" : [ ]
    },
    "display_text_range" : [ "0", "41" ],
    "favorite_count" : "5",
    "id_str" : "1092659378396717056",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1092659378396717056",
    "possibly_sensitive" : false,
    "created_at" : "Tue Feb 05 05:41:11 +0000 2019",
    "favorited" : false,
    "full_text" : "7年ぶりのスキー\nポールに衝突した https://t.co/kFwKUzF8rI",
    "lang" : "ja",
    "extended_entities" : {
      "media" : [ {
        "expanded_url" : "https://twitter.com/E31415926/status/1092659378396717056/photo/1",
        "indices" : [ "18", "41" ],
        "url" : "https://t.co/kFwKUzF8rI",
        "media_url" : "http://pbs.twimg.com/media/Dynn52qU8AEHE5a.jpg",
        "id_str" : "1092659365725663233",
        "id" : "1092659365725663233",
        "media_url_https" : "https://pbs.twimg.com/media/Dynn52qU8AEHE5a.jpg",
        "sizes" : {
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "large" : {
            "w" : "1536",
            "h" : "2048",
            "resize" : "fit"
          },
          "small" : {
            "w" : "510",
            "h" : "680",
            "resize" : "fit"
          },
          "medium" : {
            "w" : "900",
            "h" : "1200",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/kFwKUzF8rI"
      } ]
    }
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "14" ],
    "favorite_count" : "1",
    "id_str" : "1092544393297444864",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1092544393297444864",
    "created_at" : "Mon Feb 04 22:04:16 +0000 2019",
    "favorited" : false,
    "full_text" : "バスの中はさすがに治安が悪い",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "33" ],
    "favorite_count" : "0",
    "id_str" : "1092437356097880064",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1092437356097880064",
    "created_at" : "Mon Feb 04 14:58:56 +0000 2019",
    "favorited" : false,
    "full_text" : "明日06:40新宿だけど寝れないので徹夜してバスで寝た方が良さそう",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "31" ],
    "favorite_count" : "1",
    "id_str" : "1106929534505349120",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1106929534505349120",
    "created_at" : "Sat Mar 16 14:45:41 +0000 2019",
    "favorited" : false,
    "full_text" : "Aで18分かけてしまい、そのあとBとCをみてCを選んでしまった",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "7" ],
    "favorite_count" : "1",
    "id_str" : "1106928472423723008",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1106928472423723008",
    "created_at" : "Sat Mar 16 14:41:28 +0000 2019",
    "favorited" : false,
    "full_text" : "nosub撤退",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "28" ],
    "favorite_count" : "0",
    "id_str" : "1106887633899147265",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1106887633899147265",
    "created_at" : "Sat Mar 16 11:59:11 +0000 2019",
    "favorited" : false,
    "full_text" : "ぎりぎり間に合った\n200速解きしないとレート暴落しそう",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "15" ],
    "favorite_count" : "1",
    "id_str" : "1106011780566781954",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1106011780566781954",
    "created_at" : "Thu Mar 14 01:58:51 +0000 2019",
    "favorited" : false,
    "full_text" : "アルゴ入門も90しか取れてない",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "8" ],
    "favorite_count" : "5",
    "id_str" : "1106011435962781696",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1106011435962781696",
    "created_at" : "Thu Mar 14 01:57:29 +0000 2019",
    "favorited" : false,
    "full_text" : "線型代数20不可",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "36" ],
    "favorite_count" : "1",
    "id_str" : "1104370738193063936",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1104370738193063936",
    "created_at" : "Sat Mar 09 13:17:56 +0000 2019",
    "favorited" : false,
    "full_text" : "Dの問題名で思い出したので放置してたxor sumを(解説)ACしてきた",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "15" ],
    "favorite_count" : "2",
    "id_str" : "1103548176353570821",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1103548176353570821",
    "created_at" : "Thu Mar 07 06:49:22 +0000 2019",
    "favorited" : false,
    "full_text" : "アルゴ入門はさすがに優上だった",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "user_mentions" : [ ],
      "urls" : [ ],
      "symbols" : [ ],
      "media" : [ {
        "expanded_url" : "https://twitter.com/E31415926/status/1103537851143053313/photo/1",
        "indices" : [ "7", "30" ],
        "url" : "https://t.co/zZ582o9DP6",
        "media_url" : "http://pbs.twimg.com/media/D1CNUXnUYAEvQnM.jpg",
        "id_str" : "1103537289781600257",
        "id" : "1103537289781600257",
        "media_url_https" : "https://pbs.twimg.com/media/D1CNUXnUYAEvQnM.jpg",
        "sizes" : {
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "medium" : {
            "w" : "1200",
            "h" : "688",
            "resize" : "fit"
          },
          "small" : {
            "w" : "680",
            "h" : "390",
            "resize" : "fit"
          },
          "large" : {
            "w" : "1448",
            "h" : "830",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/zZ582o9DP6"
      } ],
      "hashtags" : [ ]
    },
    "display_text_range" : [ "0", "30" ],
    "favorite_count" : "18",
    "id_str" : "1103537851143053313",
    "truncated" : false,
    "retweet_count" : "1",
    "id" : "1103537851143053313",
    "possibly_sensitive" : false,
    "created_at" : "Thu Mar 07 06:08:21 +0000 2019",
    "favorited" : false,
    "full_text" : "送信はしない https://t.co/zZ582o9DP6",
    "lang" : "ja",
    "extended_entities" : {
      "media" : [ {
        "expanded_url" : "https://twitter.com/E31415926/status/1103537851143053313/photo/1",
        "indices" : [ "7", "30" ],
        "url" : "https://t.co/zZ582o9DP6",
        "media_url" : "http://pbs.twimg.com/media/D1CNUXnUYAEvQnM.jpg",
        "id_str" : "1103537289781600257",
        "id" : "1103537289781600257",
        "media_url_https" : "https://pbs.twimg.com/media/D1CNUXnUYAEvQnM.jpg",
        "sizes" : {
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "medium" : {
            "w" : "1200",
            "h" : "688",
            "resize" : "fit"
          },
          "small" : {
            "w" : "680",
            "h" : "390",
            "resize" : "fit"
          },
          "large" : {
            "w" : "1448",
            "h" : "830",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/zZ582o9DP6"
      } ]
    }
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Person0025",
        "screen_name" : "super_leonbeing",
        "indices" : [ "0", "16" ],
        "id_str" : "737215128202940416",
        "id" : "737215128202940416"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "25" ],
    "favorite_count" : "1",
    "in_reply_to_status_id_str" : "1103514991926239232",
    "id_str" : "1103517872213512192",
    "in_reply_to_user_id" : "737215128202940416",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1103517872213512192",
    "in_reply_to_status_id" : "1103514991926239232",
    "created_at" : "Thu Mar 07 04:48:57 +0000 2019",
    "favorited" : false,
    "full_text" : "@super_leonbeing 取れる気がしない",
    "lang" : "ja",
    "in_reply_to_screen_name" : "super_leonbeing",
    "in_reply_to_user_id_str" : "737215128202940416"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "24" ],
    "favorite_count" : "3",
    "id_str" : "1103513448204328960",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1103513448204328960",
    "created_at" : "Thu Mar 07 04:31:22 +0000 2019",
    "favorited" : false,
    "full_text" : "線型の追試は教員ごとですか?\n誰か教えてください",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "7" ],
    "favorite_count" : "0",
    "id_str" : "1103506247993614337",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1103506247993614337",
    "created_at" : "Thu Mar 07 04:02:46 +0000 2019",
    "favorited" : false,
    "full_text" : "線型代数学不可",
    "lang" : "zh"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "153" ],
    "favorite_count" : "0",
    "id_str" : "1101840052168974336",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1101840052168974336",
    "created_at" : "Sat Mar 02 13:41:54 +0000 2019",
    "favorited" : false,
    "full_text" : "UnityのFixedUpdateで中に重い処理を書いたら関数の後ろの方が3回に1回くらいしか実行されてないんですが仕様ですか\n例外は吐かれてないみたいですが\n\nDebug.Log(\"a\");\n//重い処理\nDebug.Log(\"b\");\n\nとするとログが\na\na\na\nb\na\nb\na\na\nb\nみたいになる",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "21" ],
    "favorite_count" : "0",
    "id_str" : "1099836377804328960",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1099836377804328960",
    "created_at" : "Mon Feb 25 01:00:01 +0000 2019",
    "favorited" : false,
    "full_text" : "誰か知らないけどA40404の人がんばって",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "167" ],
    "favorite_count" : "2",
    "id_str" : "1097874538778394625",
    "truncated" : false,
    "retweet_count" : "1",
    "id" : "1097874538778394625",
    "created_at" : "Tue Feb 19 15:04:22 +0000 2019",
    "favorited" : false,
    "full_text" : "virtualbox上のubuntuが重すぎるのでparallelsに課金したら快適になった\nついでに大学のおかげでwindows10を無料でもらえたのでその仮想マシンにofficeを入れてmacのofficeはアンインストール\n入学した時officeがもらえるのは説明があった気がするけどwindowsももらえるのは聞いた覚えがない",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "5" ],
    "favorite_count" : "0",
    "id_str" : "1097076277750550528",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1097076277750550528",
    "created_at" : "Sun Feb 17 10:12:21 +0000 2019",
    "favorited" : false,
    "full_text" : "食べ過ぎた",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "user_mentions" : [ ],
      "urls" : [ ],
      "symbols" : [ ],
      "media" : [ {
        "expanded_url" : "https://twitter.com/E31415926/status/1097014216148434944/photo/1",
        "indices" : [ "16", "39" ],
        "url" : "https://t.co/qIaQYIkuFh",
        "media_url" : "http://pbs.twimg.com/media/DzlgmCIUwAAE3cl.jpg",
        "id_str" : "1097014190764507136",
        "id" : "1097014190764507136",
        "media_url_https" : "https://pbs.twimg.com/media/DzlgmCIUwAAE3cl.jpg",
        "sizes" : {
          "small" : {
            "w" : "680",
            "h" : "510",
            "resize" : "fit"
          },
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "medium" : {
            "w" : "1200",
            "h" : "900",
            "resize" : "fit"
          },
          "large" : {
            "w" : "2048",
            "h" : "1536",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/qIaQYIkuFh"
      } ],
      "hashtags" : [ ]
    },
    "display_text_range" : [ "0", "39" ],
    "favorite_count" : "3",
    "id_str" : "1097014216148434944",
    "truncated" : false,
    "retweet_count" : "1",
    "id" : "1097014216148434944",
    "possibly_sensitive" : false,
    "created_at" : "Sun Feb 17 06:05:45 +0000 2019",
    "favorited" : false,
    "full_text" : "やっと行けた\n新橋のみっちゃん https://t.co/qIaQYIkuFh",
    "lang" : "ja",
    "extended_entities" : {
      "media" : [ {
        "expanded_url" : "https://twitter.com/E31415926/status/1097014216148434944/photo/1",
        "indices" : [ "16", "39" ],
        "url" : "https://t.co/qIaQYIkuFh",
        "media_url" : "http://pbs.twimg.com/media/DzlgmCIUwAAE3cl.jpg",
        "id_str" : "1097014190764507136",
        "id" : "1097014190764507136",
        "media_url_https" : "https://pbs.twimg.com/media/DzlgmCIUwAAE3cl.jpg",
        "sizes" : {
          "small" : {
            "w" : "680",
            "h" : "510",
            "resize" : "fit"
          },
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "medium" : {
            "w" : "1200",
            "h" : "900",
            "resize" : "fit"
          },
          "large" : {
            "w" : "2048",
            "h" : "1536",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/qIaQYIkuFh"
      }, {
        "expanded_url" : "https://twitter.com/E31415926/status/1097014216148434944/photo/1",
        "indices" : [ "16", "39" ],
        "url" : "https://t.co/qIaQYIkuFh",
        "media_url" : "http://pbs.twimg.com/media/Dzlgm7eV4AADtYs.jpg",
        "id_str" : "1097014206157676544",
        "id" : "1097014206157676544",
        "media_url_https" : "https://pbs.twimg.com/media/Dzlgm7eV4AADtYs.jpg",
        "sizes" : {
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "medium" : {
            "w" : "900",
            "h" : "1200",
            "resize" : "fit"
          },
          "small" : {
            "w" : "510",
            "h" : "680",
            "resize" : "fit"
          },
          "large" : {
            "w" : "1536",
            "h" : "2048",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/qIaQYIkuFh"
      } ]
    }
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "18" ],
    "favorite_count" : "1",
    "id_str" : "1096991834184642563",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1096991834184642563",
    "created_at" : "Sun Feb 17 04:36:49 +0000 2019",
    "favorited" : false,
    "full_text" : "いつもの癖で各停に乗り換えてしまった",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Person0006",
        "screen_name" : "addeight2",
        "indices" : [ "0", "10" ],
        "id_str" : "766532715210342400",
        "id" : "766532715210342400"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "23" ],
    "favorite_count" : "1",
    "id_str" : "1096803863925972992",
    "in_reply_to_user_id" : "766532715210342400",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1096803863925972992",
    "created_at" : "Sat Feb 16 16:09:53 +0000 2019",
    "favorited" : false,
    "full_text" : "@addeight2 黄色おめでとうございます",
    "lang" : "ja",
    "in_reply_to_screen_name" : "addeight2",
    "in_reply_to_user_id_str" : "766532715210342400"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ {
        "url" : "https://t.co/BQiYvhjMVW",
        "expanded_url" : "https://ideone.com/R5lxf7",
        "display_url" : "ideone.com/R5lxf7",
        "indices" : [ "50", "73" ]
      } ]
    },
    "display_text_range" : [ "0", "73" ],
    "favorite_count" : "0",
    "id_str" : "1095616111494582272",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1095616111494582272",
    "possibly_sensitive" : false,
    "created_at" : "Wed Feb 13 09:30:11 +0000 2019",
    "favorited" : false,
    "full_text" : "オープンの時に書いた本選4問目のコード(からマクロと余計なincludeを消して少し修正したもの)\nhttps://t.co/BQiYvhjMVW",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "4" ],
    "favorite_count" : "1",
    "id_str" : "1095560342136975360",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1095560342136975360",
    "created_at" : "Wed Feb 13 05:48:34 +0000 2019",
    "favorited" : false,
    "full_text" : "振替輸送",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "34" ],
    "favorite_count" : "0",
    "id_str" : "1095163651118358530",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1095163651118358530",
    "created_at" : "Tue Feb 12 03:32:16 +0000 2019",
    "favorited" : false,
    "full_text" : "昨日のA分散ではなく距離を減らすように2-optしてたことに気づいた",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "38" ],
    "favorite_count" : "0",
    "id_str" : "1095004044517507072",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1095004044517507072",
    "created_at" : "Mon Feb 11 16:58:03 +0000 2019",
    "favorited" : false,
    "full_text" : "一方予約してる本は2/8が期限なんだけど早く返してくれないと帰省前に読めない",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "33" ],
    "favorite_count" : "0",
    "id_str" : "1095003581537644544",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1095003581537644544",
    "created_at" : "Mon Feb 11 16:56:12 +0000 2019",
    "favorited" : false,
    "full_text" : "図書館の貸出期限昨日だった\n予約している人もいないのに延長できない",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ {
        "url" : "https://t.co/skijqih5Rj",
        "expanded_url" : "https://mathtrain.jp/tsp",
        "display_url" : "mathtrain.jp/tsp",
        "indices" : [ "24", "47" ]
      } ]
    },
    "display_text_range" : [ "0", "47" ],
    "favorite_count" : "0",
    "in_reply_to_status_id_str" : "1094964770732560384",
    "id_str" : "1094965345775890432",
    "in_reply_to_user_id" : "4688937990",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1094965345775890432",
    "in_reply_to_status_id" : "1094964770732560384",
    "possibly_sensitive" : false,
    "created_at" : "Mon Feb 11 14:24:16 +0000 2019",
    "favorited" : false,
    "full_text" : "最小全域木を作ってから閉路を作るのはここを見た\nhttps://t.co/skijqih5Rj",
    "lang" : "ja",
    "in_reply_to_screen_name" : "E31415926",
    "in_reply_to_user_id_str" : "4688937990"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "147" ],
    "favorite_count" : "0",
    "id_str" : "1094964770732560384",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1094964770732560384",
    "created_at" : "Mon Feb 11 14:21:59 +0000 2019",
    "favorited" : false,
    "full_text" : "A問題 スコア低いので参考にはならないけど\n辺の長さに偏りがない方がいいのでクラスカル法みたいなことをした\n辺の長さの昇順に並べてi番目以降の辺だけを使ってクラスカルをして2-opt これを各iについて求める\nただ実行時間が6秒ぐらいだったので現時点の最適解より一定程度悪ければiを少しスキップ",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "2" ],
    "favorite_count" : "1",
    "id_str" : "1111991932870287361",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1111991932870287361",
    "created_at" : "Sat Mar 30 14:01:51 +0000 2019",
    "favorited" : false,
    "full_text" : "4完",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Person0026",
        "screen_name" : "hewla",
        "indices" : [ "0", "6" ],
        "id_str" : "876469508575084545",
        "id" : "876469508575084545"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "30" ],
    "favorite_count" : "0",
    "in_reply_to_status_id_str" : "1111901129820897280",
    "id_str" : "1111904845202518017",
    "in_reply_to_user_id" : "876469508575084545",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1111904845202518017",
    "in_reply_to_status_id" : "1111901129820897280",
    "created_at" : "Sat Mar 30 08:15:47 +0000 2019",
    "favorited" : false,
    "full_text" : "@hewla 家からできた記憶があるけど\n間違ってたらごめん",
    "lang" : "ja",
    "in_reply_to_screen_name" : "hewla",
    "in_reply_to_user_id_str" : "876469508575084545"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "user_mentions" : [ ],
      "urls" : [ ],
      "symbols" : [ ],
      "media" : [ {
        "expanded_url" : "https://twitter.com/E31415926/status/1111263360924868608/photo/1",
        "indices" : [ "71", "94" ],
        "url" : "https://t.co/ie6BfcvNfk",
        "media_url" : "http://pbs.twimg.com/media/D2wAGcsUwAYedhH.jpg",
        "id_str" : "1111263318834987014",
        "id" : "1111263318834987014",
        "media_url_https" : "https://pbs.twimg.com/media/D2wAGcsUwAYedhH.jpg",
        "sizes" : {
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "large" : {
            "w" : "2048",
            "h" : "1536",
            "resize" : "fit"
          },
          "small" : {
            "w" : "680",
            "h" : "510",
            "resize" : "fit"
          },
          "medium" : {
            "w" : "1200",
            "h" : "900",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/ie6BfcvNfk"
      } ],
      "hashtags" : [ ]
    },
    "display_text_range" : [ "0", "94" ],
    "favorite_count" : "3",
    "id_str" : "1111263360924868608",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1111263360924868608",
    "possibly_sensitive" : false,
    "created_at" : "Thu Mar 28 13:46:46 +0000 2019",
    "favorited" : false,
    "full_text" : "18きっぷでひたち海浜公園\n帰りは宇都宮に寄って餃子を食べて帰る予定だったのに乗り換えを忘れたので上野で夕飯→横浜→八王子→吉祥寺→井の頭線 https://t.co/ie6BfcvNfk",
    "lang" : "ja",
    "extended_entities" : {
      "media" : [ {
        "expanded_url" : "https://twitter.com/E31415926/status/1111263360924868608/photo/1",
        "indices" : [ "71", "94" ],
        "url" : "https://t.co/ie6BfcvNfk",
        "media_url" : "http://pbs.twimg.com/media/D2wAGcsUwAYedhH.jpg",
        "id_str" : "1111263318834987014",
        "id" : "1111263318834987014",
        "media_url_https" : "https://pbs.twimg.com/media/D2wAGcsUwAYedhH.jpg",
        "sizes" : {
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "large" : {
            "w" : "2048",
            "h" : "1536",
            "resize" : "fit"
          },
          "small" : {
            "w" : "680",
            "h" : "510",
            "resize" : "fit"
          },
          "medium" : {
            "w" : "1200",
            "h" : "900",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/ie6BfcvNfk"
      }, {
        "expanded_url" : "https://twitter.com/E31415926/status/1111263360924868608/photo/1",
        "indices" : [ "71", "94" ],
        "url" : "https://t.co/ie6BfcvNfk",
        "media_url" : "http://pbs.twimg.com/media/D2wAH0aU4AAX3Im.jpg",
        "id_str" : "1111263342381817856",
        "id" : "1111263342381817856",
        "media_url_https" : "https://pbs.twimg.com/media/D2wAH0aU4AAX3Im.jpg",
        "sizes" : {
          "small" : {
            "w" : "680",
            "h" : "510",
            "resize" : "fit"
          },
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "medium" : {
            "w" : "1200",
            "h" : "900",
            "resize" : "fit"
          },
          "large" : {
            "w" : "2048",
            "h" : "1536",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/ie6BfcvNfk"
      } ]
    }
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Person0001",
        "screen_name" : "E31415926",
        "indices" : [ "3", "13" ],
        "id_str" : "4688937990",
        "id" : "4688937990"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "22" ],
    "favorite_count" : "0",
    "id_str" : "1111245142868922368",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1111245142868922368",
    "created_at" : "Thu Mar 28 12:34:22 +0000 2019",
    "favorited" : false,
    "full_text" : "RT @E31415926: 理科一類24組",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "33" ],
    "favorite_count" : "4",
    "id_str" : "1111244852832817152",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1111244852832817152",
    "created_at" : "Thu Mar 28 12:33:13 +0000 2019",
    "favorited" : false,
    "full_text" : "下クラのtwitterまだ3人しか把握できてない\n誰かリスト作って",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "36" ],
    "favorite_count" : "1",
    "id_str" : "1111169459874521088",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1111169459874521088",
    "created_at" : "Thu Mar 28 07:33:38 +0000 2019",
    "favorited" : false,
    "full_text" : "乗り換えを忘れて14駅乗り過ごした\n宇都宮に行くつもりが気付いたら我孫子",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "158" ],
    "favorite_count" : "0",
    "id_str" : "1109479017680240640",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1109479017680240640",
    "created_at" : "Sat Mar 23 15:36:25 +0000 2019",
    "favorited" : false,
    "full_text" : "Bの嘘解法\n1~Nの和がxの倍数→和が等しいx個のグループに分けて異なるグループの全頂点に辺を張る。xは最小のものとする。\nグループ分けの方法:(上から順に取って最後の1つで調整)をグループの数だけ繰り返す。N=6の時はx=3で{6,1},{5,2},{4,3}\n「最後の1つ」が被りそうだがN=94以外大丈夫だった",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "69" ],
    "favorite_count" : "1",
    "id_str" : "1109474226543583233",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1109474226543583233",
    "created_at" : "Sat Mar 23 15:17:23 +0000 2019",
    "favorited" : false,
    "full_text" : "Bの嘘解法 最初24とか39でもバグると勘違いしてて時間をかけてしまって間に合わなかった\n3~100なら全部テストケースに入れれば良いのに",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "19" ],
    "favorite_count" : "1",
    "id_str" : "1109473245349076992",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1109473245349076992",
    "created_at" : "Sat Mar 23 15:13:29 +0000 2019",
    "favorited" : false,
    "full_text" : "Bの嘘解法を通した(N=94でバグる)",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "26" ],
    "favorite_count" : "0",
    "id_str" : "1109438408223420416",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1109438408223420416",
    "created_at" : "Sat Mar 23 12:55:03 +0000 2019",
    "favorited" : false,
    "full_text" : "400は解く\n700解けたらhighestになりそう",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "user_mentions" : [ ],
      "urls" : [ ],
      "symbols" : [ ],
      "media" : [ {
        "expanded_url" : "https://twitter.com/E31415926/status/1109308455037231104/photo/1",
        "indices" : [ "0", "23" ],
        "url" : "https://t.co/8oUJIACgdq",
        "media_url" : "http://pbs.twimg.com/media/D2UOJ6DUcAAN4zz.jpg",
        "id_str" : "1109308446581485568",
        "id" : "1109308446581485568",
        "media_url_https" : "https://pbs.twimg.com/media/D2UOJ6DUcAAN4zz.jpg",
        "sizes" : {
          "small" : {
            "w" : "680",
            "h" : "510",
            "resize" : "fit"
          },
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "large" : {
            "w" : "2048",
            "h" : "1536",
            "resize" : "fit"
          },
          "medium" : {
            "w" : "1200",
            "h" : "900",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/8oUJIACgdq"
      } ],
      "hashtags" : [ ]
    },
    "display_text_range" : [ "0", "23" ],
    "favorite_count" : "0",
    "id_str" : "1109308455037231104",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1109308455037231104",
    "possibly_sensitive" : false,
    "created_at" : "Sat Mar 23 04:18:40 +0000 2019",
    "favorited" : false,
    "full_text" : "https://t.co/8oUJIACgdq",
    "lang" : "und",
    "extended_entities" : {
      "media" : [ {
        "expanded_url" : "https://twitter.com/E31415926/status/1109308455037231104/photo/1",
        "indices" : [ "0", "23" ],
        "url" : "https://t.co/8oUJIACgdq",
        "media_url" : "http://pbs.twimg.com/media/D2UOJ6DUcAAN4zz.jpg",
        "id_str" : "1109308446581485568",
        "id" : "1109308446581485568",
        "media_url_https" : "https://pbs.twimg.com/media/D2UOJ6DUcAAN4zz.jpg",
        "sizes" : {
          "small" : {
            "w" : "680",
            "h" : "510",
            "resize" : "fit"
          },
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "large" : {
            "w" : "2048",
            "h" : "1536",
            "resize" : "fit"
          },
          "medium" : {
            "w" : "1200",
            "h" : "900",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/8oUJIACgdq"
      } ]
    }
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "user_mentions" : [ ],
      "urls" : [ ],
      "symbols" : [ ],
      "media" : [ {
        "expanded_url" : "https://twitter.com/E31415926/status/1109308430953517057/photo/1",
        "indices" : [ "0", "23" ],
        "url" : "https://t.co/AjiZ42kX5Y",
        "media_url" : "http://pbs.twimg.com/media/D2UOIjeVAAA9X-y.jpg",
        "id_str" : "1109308423340883968",
        "id" : "1109308423340883968",
        "media_url_https" : "https://pbs.twimg.com/media/D2UOIjeVAAA9X-y.jpg",
        "sizes" : {
          "medium" : {
            "w" : "1200",
            "h" : "900",
            "resize" : "fit"
          },
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "small" : {
            "w" : "680",
            "h" : "510",
            "resize" : "fit"
          },
          "large" : {
            "w" : "2048",
            "h" : "1536",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/AjiZ42kX5Y"
      } ],
      "hashtags" : [ ]
    },
    "display_text_range" : [ "0", "23" ],
    "favorite_count" : "0",
    "id_str" : "1109308430953517057",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1109308430953517057",
    "possibly_sensitive" : false,
    "created_at" : "Sat Mar 23 04:18:34 +0000 2019",
    "favorited" : false,
    "full_text" : "https://t.co/AjiZ42kX5Y",
    "lang" : "und",
    "extended_entities" : {
      "media" : [ {
        "expanded_url" : "https://twitter.com/E31415926/status/1109308430953517057/photo/1",
        "indices" : [ "0", "23" ],
        "url" : "https://t.co/AjiZ42kX5Y",
        "media_url" : "http://pbs.twimg.com/media/D2UOIjeVAAA9X-y.jpg",
        "id_str" : "1109308423340883968",
        "id" : "1109308423340883968",
        "media_url_https" : "https://pbs.twimg.com/media/D2UOIjeVAAA9X-y.jpg",
        "sizes" : {
          "medium" : {
            "w" : "1200",
            "h" : "900",
            "resize" : "fit"
          },
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "small" : {
            "w" : "680",
            "h" : "510",
            "resize" : "fit"
          },
          "large" : {
            "w" : "2048",
            "h" : "1536",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/AjiZ42kX5Y"
      } ]
    }
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "user_mentions" : [ ],
      "urls" : [ ],
      "symbols" : [ ],
      "media" : [ {
        "expanded_url" : "https://twitter.com/E31415926/status/1109292750988427264/photo/1",
        "indices" : [ "12", "35" ],
        "url" : "https://t.co/s1pM7fo39q",
        "media_url" : "http://pbs.twimg.com/media/D2T_3nqVYAAlaaf.jpg",
        "id_str" : "1109292739244417024",
        "id" : "1109292739244417024",
        "media_url_https" : "https://pbs.twimg.com/media/D2T_3nqVYAAlaaf.jpg",
        "sizes" : {
          "large" : {
            "w" : "1536",
            "h" : "2048",
            "resize" : "fit"
          },
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "medium" : {
            "w" : "900",
            "h" : "1200",
            "resize" : "fit"
          },
          "small" : {
            "w" : "510",
            "h" : "680",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/s1pM7fo39q"
      } ],
      "hashtags" : [ ]
    },
    "display_text_range" : [ "0", "35" ],
    "favorite_count" : "2",
    "id_str" : "1109292750988427264",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1109292750988427264",
    "possibly_sensitive" : false,
    "created_at" : "Sat Mar 23 03:16:16 +0000 2019",
    "favorited" : false,
    "full_text" : "18きっぷで銚子\n寒い https://t.co/s1pM7fo39q",
    "lang" : "ja",
    "extended_entities" : {
      "media" : [ {
        "expanded_url" : "https://twitter.com/E31415926/status/1109292750988427264/photo/1",
        "indices" : [ "12", "35" ],
        "url" : "https://t.co/s1pM7fo39q",
        "media_url" : "http://pbs.twimg.com/media/D2T_3nqVYAAlaaf.jpg",
        "id_str" : "1109292739244417024",
        "id" : "1109292739244417024",
        "media_url_https" : "https://pbs.twimg.com/media/D2T_3nqVYAAlaaf.jpg",
        "sizes" : {
          "large" : {
            "w" : "1536",
            "h" : "2048",
            "resize" : "fit"
          },
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "medium" : {
            "w" : "900",
            "h" : "1200",
            "resize" : "fit"
          },
          "small" : {
            "w" : "510",
            "h" : "680",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/s1pM7fo39q"
      } ]
    }
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "user_mentions" : [ ],
      "urls" : [ ],
      "symbols" : [ ],
      "media" : [ {
        "expanded_url" : "https://twitter.com/E31415926/status/1108728330470055937/photo/1",
        "indices" : [ "7", "30" ],
        "url" : "https://t.co/LCrouLD112",
        "media_url" : "http://pbs.twimg.com/media/D2L-iVsUcAEusUV.jpg",
        "id_str" : "1108728324178604033",
        "id" : "1108728324178604033",
        "media_url_https" : "https://pbs.twimg.com/media/D2L-iVsUcAEusUV.jpg",
        "sizes" : {
          "small" : {
            "w" : "680",
            "h" : "510",
            "resize" : "fit"
          },
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "medium" : {
            "w" : "1200",
            "h" : "900",
            "resize" : "fit"
          },
          "large" : {
            "w" : "2048",
            "h" : "1536",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/LCrouLD112"
      } ],
      "hashtags" : [ ]
    },
    "display_text_range" : [ "0", "30" ],
    "favorite_count" : "1",
    "id_str" : "1108728330470055937",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1108728330470055937",
    "possibly_sensitive" : false,
    "created_at" : "Thu Mar 21 13:53:27 +0000 2019",
    "favorited" : false,
    "full_text" : "わかりにくい https://t.co/LCrouLD112",
    "lang" : "ja",
    "extended_entities" : {
      "media" : [ {
        "expanded_url" : "https://twitter.com/E31415926/status/1108728330470055937/photo/1",
        "indices" : [ "7", "30" ],
        "url" : "https://t.co/LCrouLD112",
        "media_url" : "http://pbs.twimg.com/media/D2L-iVsUcAEusUV.jpg",
        "id_str" : "1108728324178604033",
        "id" : "1108728324178604033",
        "media_url_https" : "https://pbs.twimg.com/media/D2L-iVsUcAEusUV.jpg",
        "sizes" : {
          "small" : {
            "w" : "680",
            "h" : "510",
            "resize" : "fit"
          },
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "medium" : {
            "w" : "1200",
            "h" : "900",
            "resize" : "fit"
          },
          "large" : {
            "w" : "2048",
            "h" : "1536",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/LCrouLD112"
      } ]
    }
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "user_mentions" : [ ],
      "urls" : [ ],
      "symbols" : [ ],
      "media" : [ {
        "expanded_url" : "https://twitter.com/E31415926/status/1108724952750940160/photo/1",
        "indices" : [ "10", "33" ],
        "url" : "https://t.co/k7cakk9xYW",
        "media_url" : "http://pbs.twimg.com/media/D2L7IbjU0AEKBju.jpg",
        "id_str" : "1108724580540010497",
        "id" : "1108724580540010497",
        "media_url_https" : "https://pbs.twimg.com/media/D2L7IbjU0AEKBju.jpg",
        "sizes" : {
          "medium" : {
            "w" : "1200",
            "h" : "675",
            "resize" : "fit"
          },
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "large" : {
            "w" : "1920",
            "h" : "1080",
            "resize" : "fit"
          },
          "small" : {
            "w" : "680",
            "h" : "383",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/k7cakk9xYW"
      } ],
      "hashtags" : [ ]
    },
    "display_text_range" : [ "0", "33" ],
    "favorite_count" : "3",
    "id_str" : "1108724952750940160",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1108724952750940160",
    "possibly_sensitive" : false,
    "created_at" : "Thu Mar 21 13:40:02 +0000 2019",
    "favorited" : false,
    "full_text" : "再インストール完了 https://t.co/k7cakk9xYW",
    "lang" : "ja",
    "extended_entities" : {
      "media" : [ {
        "expanded_url" : "https://twitter.com/E31415926/status/1108724952750940160/photo/1",
        "indices" : [ "10", "33" ],
        "url" : "https://t.co/k7cakk9xYW",
        "media_url" : "http://pbs.twimg.com/media/D2L7IbjU0AEKBju.jpg",
        "id_str" : "1108724580540010497",
        "id" : "1108724580540010497",
        "media_url_https" : "https://pbs.twimg.com/media/D2L7IbjU0AEKBju.jpg",
        "sizes" : {
          "medium" : {
            "w" : "1200",
            "h" : "675",
            "resize" : "fit"
          },
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "large" : {
            "w" : "1920",
            "h" : "1080",
            "resize" : "fit"
          },
          "small" : {
            "w" : "680",
            "h" : "383",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/k7cakk9xYW"
      } ]
    }
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "26" ],
    "favorite_count" : "1",
    "id_str" : "1108369251297972227",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1108369251297972227",
    "created_at" : "Wed Mar 20 14:06:36 +0000 2019",
    "favorited" : false,
    "full_text" : "usbメモリが急に壊れたのでOSインストールは再延期",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "16" ],
    "favorite_count" : "0",
    "id_str" : "1108260790774034432",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1108260790774034432",
    "created_at" : "Wed Mar 20 06:55:37 +0000 2019",
    "favorited" : false,
    "full_text" : "最初座圧するのにソートし忘れてた",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "211" ],
    "favorite_count" : "0",
    "id_str" : "1108258249218748416",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1108258249218748416",
    "created_at" : "Wed Mar 20 06:45:31 +0000 2019",
    "favorited" : false,
    "full_text" : "春合宿A\nクエリはZ&lt;-max(Z,X+Y)としてからZ降順でソート\nS,TはS+Tの降順でソート\nSとX,TとYは座圧しておく\nクエリを読み込むごとにS+T&gt;=ZとなるものをBitS.add(S,1),BitT.add(T,1)とする\nクエリに対する答えはS+T&gt;=Zの個数からS&lt;Xの個数とT&lt;Yの個数を引く\nZ&gt;=X+YとしたのでS&lt;X&amp;&amp;T&lt;Yはない",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "22" ],
    "favorite_count" : "1",
    "id_str" : "1108245211472232448",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1108245211472232448",
    "created_at" : "Wed Mar 20 05:53:43 +0000 2019",
    "favorited" : false,
    "full_text" : "午前指定の宅急便がやっと来たから出かけられる",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "54" ],
    "favorite_count" : "0",
    "id_str" : "1108193406394654720",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1108193406394654720",
    "created_at" : "Wed Mar 20 02:27:51 +0000 2019",
    "favorited" : false,
    "full_text" : "10時に起きて春合宿オープンに出る予定だったのに起きたらこの時間\n二度寝してないのに10時間睡眠してしまった",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "32" ],
    "favorite_count" : "0",
    "id_str" : "1107983937375105024",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1107983937375105024",
    "created_at" : "Tue Mar 19 12:35:30 +0000 2019",
    "favorited" : false,
    "full_text" : "グラボを先に付け替えたらSSDを刺すのに邪魔だった\n今日は諦める",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "64" ],
    "favorite_count" : "1",
    "id_str" : "1107935580975849472",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1107935580975849472",
    "created_at" : "Tue Mar 19 09:23:21 +0000 2019",
    "favorited" : false,
    "full_text" : "SSDを取り付けるためにマザボの説明書を読んでたら2つのpcie x16レーンの内グラボを付けてた方がx4モードだったことが判明",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "user_mentions" : [ ],
      "urls" : [ ],
      "symbols" : [ ],
      "media" : [ {
        "expanded_url" : "https://twitter.com/E31415926/status/1107640249146994689/photo/1",
        "indices" : [ "52", "75" ],
        "url" : "https://t.co/pZRVBZAl2C",
        "media_url" : "http://pbs.twimg.com/media/D18g6amUwAAqMi8.jpg",
        "id_str" : "1107640221300998144",
        "id" : "1107640221300998144",
        "media_url_https" : "https://pbs.twimg.com/media/D18g6amUwAAqMi8.jpg",
        "sizes" : {
          "small" : {
            "w" : "680",
            "h" : "510",
            "resize" : "fit"
          },
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "medium" : {
            "w" : "1200",
            "h" : "900",
            "resize" : "fit"
          },
          "large" : {
            "w" : "2048",
            "h" : "1536",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/pZRVBZAl2C"
      } ],
      "hashtags" : [ ]
    },
    "display_text_range" : [ "0", "75" ],
    "favorite_count" : "5",
    "id_str" : "1107640249146994689",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1107640249146994689",
    "possibly_sensitive" : false,
    "created_at" : "Mon Mar 18 13:49:49 +0000 2019",
    "favorited" : false,
    "full_text" : "デスクトップのSSDがいっぱいになったので1TBのSSDを購入\nついでにOSをクリーンインストールする https://t.co/pZRVBZAl2C",
    "lang" : "ja",
    "extended_entities" : {
      "media" : [ {
        "expanded_url" : "https://twitter.com/E31415926/status/1107640249146994689/photo/1",
        "indices" : [ "52", "75" ],
        "url" : "https://t.co/pZRVBZAl2C",
        "media_url" : "http://pbs.twimg.com/media/D18g6amUwAAqMi8.jpg",
        "id_str" : "1107640221300998144",
        "id" : "1107640221300998144",
        "media_url_https" : "https://pbs.twimg.com/media/D18g6amUwAAqMi8.jpg",
        "sizes" : {
          "small" : {
            "w" : "680",
            "h" : "510",
            "resize" : "fit"
          },
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "medium" : {
            "w" : "1200",
            "h" : "900",
            "resize" : "fit"
          },
          "large" : {
            "w" : "2048",
            "h" : "1536",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/pZRVBZAl2C"
      }, {
        "expanded_url" : "https://twitter.com/E31415926/status/1107640249146994689/photo/1",
        "indices" : [ "52", "75" ],
        "url" : "https://t.co/pZRVBZAl2C",
        "media_url" : "http://pbs.twimg.com/media/D18g7ZhUgAAZ2oz.jpg",
        "id_str" : "1107640238191443968",
        "id" : "1107640238191443968",
        "media_url_https" : "https://pbs.twimg.com/media/D18g7ZhUgAAZ2oz.jpg",
        "sizes" : {
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "medium" : {
            "w" : "1200",
            "h" : "900",
            "resize" : "fit"
          },
          "small" : {
            "w" : "680",
            "h" : "510",
            "resize" : "fit"
          },
          "large" : {
            "w" : "2048",
            "h" : "1536",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/pZRVBZAl2C"
      } ]
    }
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "13" ],
    "favorite_count" : "0",
    "id_str" : "1107235652544794625",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1107235652544794625",
    "created_at" : "Sun Mar 17 11:02:05 +0000 2019",
    "favorited" : false,
    "full_text" : "引っ越してからちょうど1年",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Person0027",
        "screen_name" : "reichen_falling",
        "indices" : [ "0", "16" ],
        "id_str" : "936878595636584448",
        "id" : "936878595636584448"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "47" ],
    "favorite_count" : "1",
    "in_reply_to_status_id_str" : "1107202390271254528",
    "id_str" : "1107235370414952448",
    "in_reply_to_user_id" : "936878595636584448",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1107235370414952448",
    "in_reply_to_status_id" : "1107202390271254528",
    "created_at" : "Sun Mar 17 11:00:58 +0000 2019",
    "favorited" : false,
    "full_text" : "@reichen_falling 補足:東大生はwindows10のライセンスがタダでもらえる",
    "lang" : "ja",
    "in_reply_to_screen_name" : "reichen_falling",
    "in_reply_to_user_id_str" : "936878595636584448"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "15" ],
    "favorite_count" : "0",
    "id_str" : "1114168451357073410",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1114168451357073410",
    "created_at" : "Fri Apr 05 14:10:33 +0000 2019",
    "favorited" : false,
    "full_text" : "去年gcj-qual絶起したな",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "8" ],
    "favorite_count" : "0",
    "id_str" : "1113818134614380544",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1113818134614380544",
    "created_at" : "Thu Apr 04 14:58:31 +0000 2019",
    "favorited" : false,
    "full_text" : "履修が決まらない",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "8" ],
    "favorite_count" : "0",
    "id_str" : "1113811930563485697",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1113811930563485697",
    "created_at" : "Thu Apr 04 14:33:52 +0000 2019",
    "favorited" : false,
    "full_text" : "utas落ちた?",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "user_mentions" : [ ],
      "urls" : [ ],
      "symbols" : [ ],
      "media" : [ {
        "expanded_url" : "https://twitter.com/E31415926/status/1113783034627510272/photo/1",
        "indices" : [ "14", "37" ],
        "url" : "https://t.co/HRvVE07aYw",
        "media_url" : "http://pbs.twimg.com/media/D3Tzr9IUEAM2Bj4.jpg",
        "id_str" : "1113782944336711683",
        "id" : "1113782944336711683",
        "media_url_https" : "https://pbs.twimg.com/media/D3Tzr9IUEAM2Bj4.jpg",
        "sizes" : {
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "medium" : {
            "w" : "1200",
            "h" : "830",
            "resize" : "fit"
          },
          "small" : {
            "w" : "680",
            "h" : "470",
            "resize" : "fit"
          },
          "large" : {
            "w" : "1232",
            "h" : "852",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/HRvVE07aYw"
      } ],
      "hashtags" : [ ]
    },
    "display_text_range" : [ "0", "37" ],
    "favorite_count" : "1",
    "id_str" : "1113783034627510272",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1113783034627510272",
    "possibly_sensitive" : false,
    "created_at" : "Thu Apr 04 12:39:03 +0000 2019",
    "favorited" : false,
    "full_text" : "線型を50で計算してもこれ https://t.co/HRvVE07aYw",
    "lang" : "ja",
    "extended_entities" : {
      "media" : [ {
        "expanded_url" : "https://twitter.com/E31415926/status/1113783034627510272/photo/1",
        "indices" : [ "14", "37" ],
        "url" : "https://t.co/HRvVE07aYw",
        "media_url" : "http://pbs.twimg.com/media/D3Tzr9IUEAM2Bj4.jpg",
        "id_str" : "1113782944336711683",
        "id" : "1113782944336711683",
        "media_url_https" : "https://pbs.twimg.com/media/D3Tzr9IUEAM2Bj4.jpg",
        "sizes" : {
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "medium" : {
            "w" : "1200",
            "h" : "830",
            "resize" : "fit"
          },
          "small" : {
            "w" : "680",
            "h" : "470",
            "resize" : "fit"
          },
          "large" : {
            "w" : "1232",
            "h" : "852",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/HRvVE07aYw"
      } ]
    }
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "24" ],
    "favorite_count" : "0",
    "in_reply_to_status_id_str" : "1112696137104781312",
    "id_str" : "1113456469033095168",
    "in_reply_to_user_id" : "4688937990",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1113456469033095168",
    "in_reply_to_status_id" : "1112696137104781312",
    "created_at" : "Wed Apr 03 15:01:23 +0000 2019",
    "favorited" : false,
    "full_text" : "冷凍庫は氷がとけてるからダメ\n冷蔵庫は微妙な温度",
    "lang" : "ja",
    "in_reply_to_screen_name" : "E31415926",
    "in_reply_to_user_id_str" : "4688937990"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "12" ],
    "favorite_count" : "1",
    "in_reply_to_status_id_str" : "1113397013150785536",
    "id_str" : "1113400662354587648",
    "in_reply_to_user_id" : "4688937990",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1113400662354587648",
    "in_reply_to_status_id" : "1113397013150785536",
    "created_at" : "Wed Apr 03 11:19:38 +0000 2019",
    "favorited" : false,
    "full_text" : "320円でかなり改善する",
    "lang" : "ja",
    "in_reply_to_screen_name" : "E31415926",
    "in_reply_to_user_id_str" : "4688937990"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "7" ],
    "favorite_count" : "1",
    "id_str" : "1113397013150785536",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1113397013150785536",
    "created_at" : "Wed Apr 03 11:05:08 +0000 2019",
    "favorited" : false,
    "full_text" : "ホームライナー",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Person0026",
        "screen_name" : "hewla",
        "indices" : [ "0", "6" ],
        "id_str" : "876469508575084545",
        "id" : "876469508575084545"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "31" ],
    "favorite_count" : "0",
    "in_reply_to_status_id_str" : "1113375355597873152",
    "id_str" : "1113377334633963520",
    "in_reply_to_user_id" : "4688937990",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1113377334633963520",
    "in_reply_to_status_id" : "1113375355597873152",
    "created_at" : "Wed Apr 03 09:46:56 +0000 2019",
    "favorited" : false,
    "full_text" : "@hewla ICPCは早めにチームメンバーを見つけてください",
    "lang" : "ja",
    "in_reply_to_screen_name" : "E31415926",
    "in_reply_to_user_id_str" : "4688937990"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Person0026",
        "screen_name" : "hewla",
        "indices" : [ "0", "6" ],
        "id_str" : "876469508575084545",
        "id" : "876469508575084545"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "32" ],
    "favorite_count" : "0",
    "in_reply_to_status_id_str" : "1113374601768165376",
    "id_str" : "1113375355597873152",
    "in_reply_to_user_id" : "4688937990",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1113375355597873152",
    "in_reply_to_status_id" : "1113374601768165376",
    "created_at" : "Wed Apr 03 09:39:04 +0000 2019",
    "favorited" : false,
    "full_text" : "@hewla 計算機プログラミングは履修してないのでわかりません",
    "lang" : "ja",
    "in_reply_to_screen_name" : "E31415926",
    "in_reply_to_user_id_str" : "4688937990"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Person0026",
        "screen_name" : "hewla",
        "indices" : [ "0", "6" ],
        "id_str" : "876469508575084545",
        "id" : "876469508575084545"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "145" ],
    "favorite_count" : "0",
    "in_reply_to_status_id_str" : "1113372027757322240",
    "id_str" : "1113374601768165376",
    "in_reply_to_user_id" : "876469508575084545",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1113374601768165376",
    "in_reply_to_status_id" : "1113372027757322240",
    "created_at" : "Wed Apr 03 09:36:05 +0000 2019",
    "favorited" : false,
    "full_text" : "@hewla アルゴ入門は自分がシケタイをやっててスライドと配布資料と過去問(をpythonに書き換えたもの)をクラスドライブに上げていたのでそのうち引き継がれると思います。それを見て判断してください。自分の時は出席なし課題4回でしたが出席の有無や課題の内容・回数は教員によって異なります。",
    "lang" : "ja",
    "in_reply_to_screen_name" : "hewla",
    "in_reply_to_user_id_str" : "876469508575084545"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "user_mentions" : [ ],
      "urls" : [ ],
      "symbols" : [ ],
      "media" : [ {
        "expanded_url" : "https://twitter.com/E31415926/status/1113356033424973824/photo/1",
        "indices" : [ "20", "43" ],
        "url" : "https://t.co/AlUJGvIUpj",
        "media_url" : "http://pbs.twimg.com/media/D3NvZzcVYAAyDQy.jpg",
        "id_str" : "1113356021987106816",
        "id" : "1113356021987106816",
        "media_url_https" : "https://pbs.twimg.com/media/D3NvZzcVYAAyDQy.jpg",
        "sizes" : {
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "large" : {
            "w" : "2048",
            "h" : "1536",
            "resize" : "fit"
          },
          "small" : {
            "w" : "680",
            "h" : "510",
            "resize" : "fit"
          },
          "medium" : {
            "w" : "1200",
            "h" : "900",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/AlUJGvIUpj"
      } ],
      "hashtags" : [ ]
    },
    "display_text_range" : [ "0", "43" ],
    "favorite_count" : "2",
    "id_str" : "1113356033424973824",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1113356033424973824",
    "possibly_sensitive" : false,
    "created_at" : "Wed Apr 03 08:22:18 +0000 2019",
    "favorited" : false,
    "full_text" : "名古屋市科学館\nプラネタリウム見てきた https://t.co/AlUJGvIUpj",
    "lang" : "ja",
    "extended_entities" : {
      "media" : [ {
        "expanded_url" : "https://twitter.com/E31415926/status/1113356033424973824/photo/1",
        "indices" : [ "20", "43" ],
        "url" : "https://t.co/AlUJGvIUpj",
        "media_url" : "http://pbs.twimg.com/media/D3NvZzcVYAAyDQy.jpg",
        "id_str" : "1113356021987106816",
        "id" : "1113356021987106816",
        "media_url_https" : "https://pbs.twimg.com/media/D3NvZzcVYAAyDQy.jpg",
        "sizes" : {
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "large" : {
            "w" : "2048",
            "h" : "1536",
            "resize" : "fit"
          },
          "small" : {
            "w" : "680",
            "h" : "510",
            "resize" : "fit"
          },
          "medium" : {
            "w" : "1200",
            "h" : "900",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/AlUJGvIUpj"
      } ]
    }
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Person0026",
        "screen_name" : "hewla",
        "indices" : [ "0", "6" ],
        "id_str" : "876469508575084545",
        "id" : "876469508575084545"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "103" ],
    "favorite_count" : "0",
    "in_reply_to_status_id_str" : "1113283456211902465",
    "id_str" : "1113354377547329539",
    "in_reply_to_user_id" : "876469508575084545",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1113354377547329539",
    "in_reply_to_status_id" : "1113283456211902465",
    "created_at" : "Wed Apr 03 08:15:43 +0000 2019",
    "favorited" : false,
    "full_text" : "@hewla 実践的プログラミングは去年は出席不要の競プロだった(けど今年のシラバスを見たらゼミへの参加状況も評価対象と書いてるから変わったのかも(教員は同じ))\n主題科目だから点数はでなくて合格不合格のみ",
    "lang" : "ja",
    "in_reply_to_screen_name" : "hewla",
    "in_reply_to_user_id_str" : "876469508575084545"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "user_mentions" : [ ],
      "urls" : [ ],
      "symbols" : [ ],
      "media" : [ {
        "expanded_url" : "https://twitter.com/E31415926/status/1113119211834945536/photo/1",
        "indices" : [ "0", "23" ],
        "url" : "https://t.co/ZeRKhMS1E8",
        "media_url" : "http://pbs.twimg.com/media/D3KX93RVYAI65KU.jpg",
        "id_str" : "1113119146978402306",
        "id" : "1113119146978402306",
        "media_url_https" : "https://pbs.twimg.com/media/D3KX93RVYAI65KU.jpg",
        "sizes" : {
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "large" : {
            "w" : "2048",
            "h" : "1536",
            "resize" : "fit"
          },
          "small" : {
            "w" : "680",
            "h" : "510",
            "resize" : "fit"
          },
          "medium" : {
            "w" : "1200",
            "h" : "900",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/ZeRKhMS1E8"
      } ],
      "hashtags" : [ ]
    },
    "display_text_range" : [ "0", "23" ],
    "favorite_count" : "1",
    "id_str" : "1113119211834945536",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1113119211834945536",
    "possibly_sensitive" : false,
    "created_at" : "Tue Apr 02 16:41:15 +0000 2019",
    "favorited" : false,
    "full_text" : "https://t.co/ZeRKhMS1E8",
    "lang" : "und",
    "extended_entities" : {
      "media" : [ {
        "expanded_url" : "https://twitter.com/E31415926/status/1113119211834945536/photo/1",
        "indices" : [ "0", "23" ],
        "url" : "https://t.co/ZeRKhMS1E8",
        "media_url" : "http://pbs.twimg.com/media/D3KX93RVYAI65KU.jpg",
        "id_str" : "1113119146978402306",
        "id" : "1113119146978402306",
        "media_url_https" : "https://pbs.twimg.com/media/D3KX93RVYAI65KU.jpg",
        "sizes" : {
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "large" : {
            "w" : "2048",
            "h" : "1536",
            "resize" : "fit"
          },
          "small" : {
            "w" : "680",
            "h" : "510",
            "resize" : "fit"
          },
          "medium" : {
            "w" : "1200",
            "h" : "900",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/ZeRKhMS1E8"
      }, {
        "expanded_url" : "https://twitter.com/E31415926/status/1113119211834945536/photo/1",
        "indices" : [ "0", "23" ],
        "url" : "https://t.co/ZeRKhMS1E8",
        "media_url" : "http://pbs.twimg.com/media/D3KX-3uUEAEUWoP.jpg",
        "id_str" : "1113119164279820289",
        "id" : "1113119164279820289",
        "media_url_https" : "https://pbs.twimg.com/media/D3KX-3uUEAEUWoP.jpg",
        "sizes" : {
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "large" : {
            "w" : "2048",
            "h" : "1536",
            "resize" : "fit"
          },
          "medium" : {
            "w" : "1200",
            "h" : "900",
            "resize" : "fit"
          },
          "small" : {
            "w" : "680",
            "h" : "510",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/ZeRKhMS1E8"
      }, {
        "expanded_url" : "https://twitter.com/E31415926/status/1113119211834945536/photo/1",
        "indices" : [ "0", "23" ],
        "url" : "https://t.co/ZeRKhMS1E8",
        "media_url" : "http://pbs.twimg.com/media/D3KX_wsV4AAZHGG.jpg",
        "id_str" : "1113119179572371456",
        "id" : "1113119179572371456",
        "media_url_https" : "https://pbs.twimg.com/media/D3KX_wsV4AAZHGG.jpg",
        "sizes" : {
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "small" : {
            "w" : "680",
            "h" : "510",
            "resize" : "fit"
          },
          "large" : {
            "w" : "2048",
            "h" : "1536",
            "resize" : "fit"
          },
          "medium" : {
            "w" : "1200",
            "h" : "900",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/ZeRKhMS1E8"
      }, {
        "expanded_url" : "https://twitter.com/E31415926/status/1113119211834945536/photo/1",
        "indices" : [ "0", "23" ],
        "url" : "https://t.co/ZeRKhMS1E8",
        "media_url" : "http://pbs.twimg.com/media/D3KYBO1U8AIt_MK.jpg",
        "id_str" : "1113119204842991618",
        "id" : "1113119204842991618",
        "media_url_https" : "https://pbs.twimg.com/media/D3KYBO1U8AIt_MK.jpg",
        "sizes" : {
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "small" : {
            "w" : "680",
            "h" : "510",
            "resize" : "fit"
          },
          "large" : {
            "w" : "2048",
            "h" : "1536",
            "resize" : "fit"
          },
          "medium" : {
            "w" : "1200",
            "h" : "900",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/ZeRKhMS1E8"
      } ]
    }
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "8" ],
    "favorite_count" : "0",
    "id_str" : "1113054795038781440",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1113054795038781440",
    "created_at" : "Tue Apr 02 12:25:17 +0000 2019",
    "favorited" : false,
    "full_text" : "芦原温泉に行った",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "user_mentions" : [ ],
      "urls" : [ ],
      "symbols" : [ ],
      "media" : [ {
        "expanded_url" : "https://twitter.com/E31415926/status/1112974314171580416/photo/1",
        "indices" : [ "7", "30" ],
        "url" : "https://t.co/xXmTuiUE6e",
        "media_url" : "http://pbs.twimg.com/media/D3IUOw8VsAEtgKx.jpg",
        "id_str" : "1112974301802639361",
        "id" : "1112974301802639361",
        "media_url_https" : "https://pbs.twimg.com/media/D3IUOw8VsAEtgKx.jpg",
        "sizes" : {
          "medium" : {
            "w" : "900",
            "h" : "1200",
            "resize" : "fit"
          },
          "large" : {
            "w" : "1536",
            "h" : "2048",
            "resize" : "fit"
          },
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "small" : {
            "w" : "510",
            "h" : "680",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/xXmTuiUE6e"
      } ],
      "hashtags" : [ ]
    },
    "display_text_range" : [ "0", "30" ],
    "favorite_count" : "3",
    "id_str" : "1112974314171580416",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1112974314171580416",
    "possibly_sensitive" : false,
    "created_at" : "Tue Apr 02 07:05:29 +0000 2019",
    "favorited" : false,
    "full_text" : "雪降り始めた https://t.co/xXmTuiUE6e",
    "lang" : "ja",
    "extended_entities" : {
      "media" : [ {
        "expanded_url" : "https://twitter.com/E31415926/status/1112974314171580416/photo/1",
        "indices" : [ "7", "30" ],
        "url" : "https://t.co/xXmTuiUE6e",
        "media_url" : "http://pbs.twimg.com/media/D3IUOw8VsAEtgKx.jpg",
        "id_str" : "1112974301802639361",
        "id" : "1112974301802639361",
        "media_url_https" : "https://pbs.twimg.com/media/D3IUOw8VsAEtgKx.jpg",
        "sizes" : {
          "medium" : {
            "w" : "900",
            "h" : "1200",
            "resize" : "fit"
          },
          "large" : {
            "w" : "1536",
            "h" : "2048",
            "resize" : "fit"
          },
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "small" : {
            "w" : "510",
            "h" : "680",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/xXmTuiUE6e"
      } ]
    }
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "user_mentions" : [ ],
      "urls" : [ ],
      "symbols" : [ ],
      "media" : [ {
        "expanded_url" : "https://twitter.com/E31415926/status/1112859913506549760/photo/1",
        "indices" : [ "2", "25" ],
        "url" : "https://t.co/ST7v0KzQc1",
        "media_url" : "http://pbs.twimg.com/media/D3GsLRUU0AA2rOO.jpg",
        "id_str" : "1112859892564414464",
        "id" : "1112859892564414464",
        "media_url_https" : "https://pbs.twimg.com/media/D3GsLRUU0AA2rOO.jpg",
        "sizes" : {
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "medium" : {
            "w" : "1200",
            "h" : "900",
            "resize" : "fit"
          },
          "large" : {
            "w" : "2048",
            "h" : "1536",
            "resize" : "fit"
          },
          "small" : {
            "w" : "680",
            "h" : "510",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/ST7v0KzQc1"
      } ],
      "hashtags" : [ ]
    },
    "display_text_range" : [ "0", "25" ],
    "favorite_count" : "1",
    "id_str" : "1112859913506549760",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1112859913506549760",
    "possibly_sensitive" : false,
    "created_at" : "Mon Apr 01 23:30:53 +0000 2019",
    "favorited" : false,
    "full_text" : "雪 https://t.co/ST7v0KzQc1",
    "lang" : "ja",
    "extended_entities" : {
      "media" : [ {
        "expanded_url" : "https://twitter.com/E31415926/status/1112859913506549760/photo/1",
        "indices" : [ "2", "25" ],
        "url" : "https://t.co/ST7v0KzQc1",
        "media_url" : "http://pbs.twimg.com/media/D3GsLRUU0AA2rOO.jpg",
        "id_str" : "1112859892564414464",
        "id" : "1112859892564414464",
        "media_url_https" : "https://pbs.twimg.com/media/D3GsLRUU0AA2rOO.jpg",
        "sizes" : {
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "medium" : {
            "w" : "1200",
            "h" : "900",
            "resize" : "fit"
          },
          "large" : {
            "w" : "2048",
            "h" : "1536",
            "resize" : "fit"
          },
          "small" : {
            "w" : "680",
            "h" : "510",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/ST7v0KzQc1"
      } ]
    }
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "58" ],
    "favorite_count" : "3",
    "id_str" : "1112696137104781312",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1112696137104781312",
    "created_at" : "Mon Apr 01 12:40:06 +0000 2019",
    "favorited" : false,
    "full_text" : "2泊3日の旅行に行くのに暖房とこたつの切り忘れが心配でブレーカーを落としてきてしまった\n冷蔵庫のことを完全に忘れてた",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "4" ],
    "favorite_count" : "0",
    "id_str" : "1112681954539761664",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1112681954539761664",
    "created_at" : "Mon Apr 01 11:43:45 +0000 2019",
    "favorited" : false,
    "full_text" : "福井駅着",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "4" ],
    "favorite_count" : "0",
    "id_str" : "1112617950077288448",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1112617950077288448",
    "created_at" : "Mon Apr 01 07:29:25 +0000 2019",
    "favorited" : false,
    "full_text" : "名古屋発",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "25" ],
    "favorite_count" : "0",
    "id_str" : "1112483069540225024",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1112483069540225024",
    "created_at" : "Sun Mar 31 22:33:27 +0000 2019",
    "favorited" : false,
    "full_text" : "富士山が見える方に座るつもりが逆側に座ってしまった",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "12" ],
    "favorite_count" : "0",
    "id_str" : "1112436275997360129",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1112436275997360129",
    "created_at" : "Sun Mar 31 19:27:30 +0000 2019",
    "favorited" : false,
    "full_text" : "今日は18きっぷで福井へ",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "31" ],
    "favorite_count" : "0",
    "id_str" : "1112370247464439809",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1112370247464439809",
    "created_at" : "Sun Mar 31 15:05:08 +0000 2019",
    "favorited" : false,
    "full_text" : "エイプリルフールになったからgoogleを見に行ったけどまだか",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ {
        "text" : "AtCoder",
        "indices" : [ "79", "87" ]
      } ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ {
        "url" : "https://t.co/oUWsFX1zP1",
        "expanded_url" : "https://atcoder.jp/users/aaabbbcccddd/history/share/exawizards2019?lang=ja",
        "display_url" : "atcoder.jp/users/aaabbbcc…",
        "indices" : [ "88", "111" ]
      } ]
    },
    "display_text_range" : [ "0", "111" ],
    "favorite_count" : "1",
    "id_str" : "1111999903150927874",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1111999903150927874",
    "possibly_sensitive" : false,
    "created_at" : "Sat Mar 30 14:33:31 +0000 2019",
    "favorited" : false,
    "full_text" : "aaabbbcccdddさんのエクサウィザーズ 2019での成績：176位\nパフォーマンス：2209相当\nレーティング：1758→1813 (+55) :)\n#AtCoder https://t.co/oUWsFX1zP1",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "20" ],
    "favorite_count" : "0",
    "id_str" : "1117034573458657280",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1117034573458657280",
    "created_at" : "Sat Apr 13 11:59:30 +0000 2019",
    "favorited" : false,
    "full_text" : "技術書展11時から行くか13時から行くか",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "82" ],
    "favorite_count" : "1",
    "id_str" : "1116913578651447296",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1116913578651447296",
    "created_at" : "Sat Apr 13 03:58:43 +0000 2019",
    "favorited" : false,
    "full_text" : "golf gophersのランダムに選ぶという条件何に使うか分からなかったけどM=100なら全部18にしとけば一周してしまう確率は低いから足し合わせるだけで良いのか",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "52" ],
    "favorite_count" : "2",
    "id_str" : "1116909207905652736",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1116909207905652736",
    "created_at" : "Sat Apr 13 03:41:20 +0000 2019",
    "favorited" : false,
    "full_text" : "golf gophersのsmallをc++で解けた人のソースを見たい\n何でTLEするのか全く分からない",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "26" ],
    "favorite_count" : "3",
    "id_str" : "1116906681659613187",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1116906681659613187",
    "created_at" : "Sat Apr 13 03:31:18 +0000 2019",
    "favorited" : false,
    "full_text" : "qualの時にインタラクティブ問題やっとくべきだった",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "25" ],
    "favorite_count" : "3",
    "id_str" : "1116630572359487488",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1116630572359487488",
    "created_at" : "Fri Apr 12 09:14:09 +0000 2019",
    "favorited" : false,
    "full_text" : "讀賣新聞の勧誘が来たから巨人への文句だけ言っといた",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Person0001",
        "screen_name" : "E31415926",
        "indices" : [ "3", "13" ],
        "id_str" : "4688937990",
        "id" : "4688937990"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "22" ],
    "favorite_count" : "0",
    "id_str" : "1116528986513743872",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1116528986513743872",
    "created_at" : "Fri Apr 12 02:30:29 +0000 2019",
    "favorited" : false,
    "full_text" : "RT @E31415926: 入学式一番乗り",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "11" ],
    "favorite_count" : "0",
    "id_str" : "1115969459989012480",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1115969459989012480",
    "created_at" : "Wed Apr 10 13:27:07 +0000 2019",
    "favorited" : false,
    "full_text" : "やっと10回表終わった",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "user_mentions" : [ ],
      "urls" : [ ],
      "symbols" : [ ],
      "media" : [ {
        "expanded_url" : "https://twitter.com/E31415926/status/1115271026932191232/photo/1",
        "indices" : [ "0", "23" ],
        "url" : "https://t.co/4mC1jwy8jm",
        "media_url" : "http://pbs.twimg.com/media/D3o9FfKV4AE9Qi7.png",
        "id_str" : "1115271022201135105",
        "id" : "1115271022201135105",
        "media_url_https" : "https://pbs.twimg.com/media/D3o9FfKV4AE9Qi7.png",
        "sizes" : {
          "medium" : {
            "w" : "961",
            "h" : "1200",
            "resize" : "fit"
          },
          "large" : {
            "w" : "1080",
            "h" : "1349",
            "resize" : "fit"
          },
          "small" : {
            "w" : "544",
            "h" : "680",
            "resize" : "fit"
          },
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/4mC1jwy8jm"
      } ],
      "hashtags" : [ ]
    },
    "display_text_range" : [ "0", "23" ],
    "favorite_count" : "2",
    "id_str" : "1115271026932191232",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1115271026932191232",
    "possibly_sensitive" : false,
    "created_at" : "Mon Apr 08 15:11:48 +0000 2019",
    "favorited" : false,
    "full_text" : "https://t.co/4mC1jwy8jm",
    "lang" : "und",
    "extended_entities" : {
      "media" : [ {
        "expanded_url" : "https://twitter.com/E31415926/status/1115271026932191232/photo/1",
        "indices" : [ "0", "23" ],
        "url" : "https://t.co/4mC1jwy8jm",
        "media_url" : "http://pbs.twimg.com/media/D3o9FfKV4AE9Qi7.png",
        "id_str" : "1115271022201135105",
        "id" : "1115271022201135105",
        "media_url_https" : "https://pbs.twimg.com/media/D3o9FfKV4AE9Qi7.png",
        "sizes" : {
          "medium" : {
            "w" : "961",
            "h" : "1200",
            "resize" : "fit"
          },
          "large" : {
            "w" : "1080",
            "h" : "1349",
            "resize" : "fit"
          },
          "small" : {
            "w" : "544",
            "h" : "680",
            "resize" : "fit"
          },
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/4mC1jwy8jm"
      } ]
    }
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "20" ],
    "favorite_count" : "1",
    "id_str" : "1115268020044099584",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1115268020044099584",
    "created_at" : "Mon Apr 08 14:59:51 +0000 2019",
    "favorited" : false,
    "full_text" : "逆評定と曜限で消去法をすると何も残らない",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "11" ],
    "favorite_count" : "0",
    "id_str" : "1115248090225623041",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1115248090225623041",
    "created_at" : "Mon Apr 08 13:40:39 +0000 2019",
    "favorited" : false,
    "full_text" : "E系列取りたいのがない",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "17" ],
    "favorite_count" : "0",
    "id_str" : "1115241541516255232",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1115241541516255232",
    "created_at" : "Mon Apr 08 13:14:38 +0000 2019",
    "favorited" : false,
    "full_text" : "じゃがいもから芽が出てた(捨てた)",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "41" ],
    "favorite_count" : "0",
    "in_reply_to_status_id_str" : "1115174990670729218",
    "id_str" : "1115182881947566080",
    "in_reply_to_user_id" : "4688937990",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1115182881947566080",
    "in_reply_to_status_id" : "1115174990670729218",
    "created_at" : "Mon Apr 08 09:21:32 +0000 2019",
    "favorited" : false,
    "full_text" : "100点取ったとしたら基本平均点約0.6点上がる\n微妙だけど無視できるほどでもない",
    "lang" : "ja",
    "in_reply_to_screen_name" : "E31415926",
    "in_reply_to_user_id_str" : "4688937990"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "47" ],
    "favorite_count" : "1",
    "id_str" : "1115174990670729218",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1115174990670729218",
    "created_at" : "Mon Apr 08 08:50:11 +0000 2019",
    "favorited" : false,
    "full_text" : "計算機プログラミング取るか迷う\nFは優上2良1だけどE1F5を重率1にするなら良を追い出したい",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "21" ],
    "favorite_count" : "0",
    "id_str" : "1115032837550247936",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1115032837550247936",
    "created_at" : "Sun Apr 07 23:25:19 +0000 2019",
    "favorited" : false,
    "full_text" : "せっかく7時に起きたのに二度寝して絶起した",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "12" ],
    "favorite_count" : "0",
    "id_str" : "1114923303775293440",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1114923303775293440",
    "created_at" : "Sun Apr 07 16:10:04 +0000 2019",
    "favorited" : false,
    "full_text" : "まだF系列しか取れてない",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "8" ],
    "favorite_count" : "0",
    "id_str" : "1114922979513622529",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1114922979513622529",
    "created_at" : "Sun Apr 07 16:08:47 +0000 2019",
    "favorited" : false,
    "full_text" : "履修が決まらない",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "23" ],
    "favorite_count" : "2",
    "id_str" : "1114891192531963904",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1114891192531963904",
    "created_at" : "Sun Apr 07 14:02:28 +0000 2019",
    "favorited" : false,
    "full_text" : "UtCoderバチャ(1600~1999)全完",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "12" ],
    "favorite_count" : "1",
    "id_str" : "1114823628950913024",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1114823628950913024",
    "created_at" : "Sun Apr 07 09:34:00 +0000 2019",
    "favorited" : false,
    "full_text" : "線型そろそろ対策しないと",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "10" ],
    "favorite_count" : "1",
    "id_str" : "1114556433050136577",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1114556433050136577",
    "created_at" : "Sat Apr 06 15:52:15 +0000 2019",
    "favorited" : false,
    "full_text" : "gcj-qual通過",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "6" ],
    "favorite_count" : "0",
    "in_reply_to_status_id_str" : "1114547472221655041",
    "id_str" : "1114556376250863616",
    "in_reply_to_user_id" : "4688937990",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1114556376250863616",
    "in_reply_to_status_id" : "1114547472221655041",
    "created_at" : "Sat Apr 06 15:52:02 +0000 2019",
    "favorited" : false,
    "full_text" : "凡ミスだった",
    "lang" : "ja",
    "in_reply_to_screen_name" : "E31415926",
    "in_reply_to_user_id_str" : "4688937990"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "16" ],
    "favorite_count" : "1",
    "id_str" : "1114547472221655041",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1114547472221655041",
    "created_at" : "Sat Apr 06 15:16:39 +0000 2019",
    "favorited" : false,
    "full_text" : "誰かgcjのb問題教えてください",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Person0028",
        "screen_name" : "kyort0n",
        "indices" : [ "0", "8" ],
        "id_str" : "1084812220775579648",
        "id" : "1084812220775579648"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "15" ],
    "favorite_count" : "1",
    "in_reply_to_status_id_str" : "1114144692176732160",
    "id_str" : "1114180219420561408",
    "in_reply_to_user_id" : "1084812220775579648",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1114180219420561408",
    "in_reply_to_status_id" : "1114144692176732160",
    "created_at" : "Fri Apr 05 14:57:19 +0000 2019",
    "favorited" : false,
    "full_text" : "@kyort0n 入りたいです",
    "lang" : "ja",
    "in_reply_to_screen_name" : "kyort0n",
    "in_reply_to_user_id_str" : "1084812220775579648"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "11" ],
    "favorite_count" : "0",
    "id_str" : "1114169355816673280",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1114169355816673280",
    "created_at" : "Fri Apr 05 14:14:09 +0000 2019",
    "favorited" : false,
    "full_text" : "今年こそTシャツ欲しい",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "64" ],
    "favorite_count" : "0",
    "in_reply_to_status_id_str" : "1114168451357073410",
    "id_str" : "1114169153894486023",
    "in_reply_to_user_id" : "4688937990",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1114169153894486023",
    "in_reply_to_status_id" : "1114168451357073410",
    "created_at" : "Fri Apr 05 14:13:21 +0000 2019",
    "favorited" : false,
    "full_text" : "CEがなかなか解決できず(エラーメッセージがでない)丸一日かけて解決したけど眠くなって頭が回らなかったから寝て起きたら11:03",
    "lang" : "ja",
    "in_reply_to_screen_name" : "E31415926",
    "in_reply_to_user_id_str" : "4688937990"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "38" ],
    "favorite_count" : "0",
    "id_str" : "1119856791867670528",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1119856791867670528",
    "created_at" : "Sun Apr 21 06:53:59 +0000 2019",
    "favorited" : false,
    "full_text" : "SQL分からないのにデータベースを選んだ\nSQL以外の部分で点が取れてるはず",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "11" ],
    "favorite_count" : "1",
    "id_str" : "1119560999038668801",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1119560999038668801",
    "created_at" : "Sat Apr 20 11:18:37 +0000 2019",
    "favorited" : false,
    "full_text" : "Tenka1どうしよう",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Person0025",
        "screen_name" : "super_leonbeing",
        "indices" : [ "0", "16" ],
        "id_str" : "737215128202940416",
        "id" : "737215128202940416"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "45" ],
    "favorite_count" : "0",
    "in_reply_to_status_id_str" : "1118858706462990336",
    "id_str" : "1118917948750450688",
    "in_reply_to_user_id" : "737215128202940416",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1118917948750450688",
    "in_reply_to_status_id" : "1118858706462990336",
    "created_at" : "Thu Apr 18 16:43:22 +0000 2019",
    "favorited" : false,
    "full_text" : "@super_leonbeing 金で買っていいなら医学部の底点10000点ぐらいいきそう",
    "lang" : "ja",
    "in_reply_to_screen_name" : "super_leonbeing",
    "in_reply_to_user_id_str" : "737215128202940416"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "24" ],
    "favorite_count" : "4",
    "id_str" : "1118874705069391872",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1118874705069391872",
    "created_at" : "Thu Apr 18 13:51:32 +0000 2019",
    "favorited" : false,
    "full_text" : "応用情報技術者試験の日程一週間勘違いしてた\n無理",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "6" ],
    "favorite_count" : "0",
    "id_str" : "1118723872583380992",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1118723872583380992",
    "created_at" : "Thu Apr 18 03:52:10 +0000 2019",
    "favorited" : false,
    "full_text" : "インフル陰性",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Person0027",
        "screen_name" : "reichen_falling",
        "indices" : [ "0", "16" ],
        "id_str" : "936878595636584448",
        "id" : "936878595636584448"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "32" ],
    "favorite_count" : "1",
    "in_reply_to_status_id_str" : "1118680067930898432",
    "id_str" : "1118680428381003776",
    "in_reply_to_user_id" : "936878595636584448",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1118680428381003776",
    "in_reply_to_status_id" : "1118680067930898432",
    "created_at" : "Thu Apr 18 00:59:32 +0000 2019",
    "favorited" : false,
    "full_text" : "@reichen_falling ありがとう\n教務課に電話しとく",
    "lang" : "ja",
    "in_reply_to_screen_name" : "reichen_falling",
    "in_reply_to_user_id_str" : "936878595636584448"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Person0027",
        "screen_name" : "reichen_falling",
        "indices" : [ "0", "16" ],
        "id_str" : "936878595636584448",
        "id" : "936878595636584448"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "50" ],
    "favorite_count" : "1",
    "in_reply_to_status_id_str" : "1118675559838441472",
    "id_str" : "1118678953344978944",
    "in_reply_to_user_id" : "936878595636584448",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1118678953344978944",
    "in_reply_to_status_id" : "1118675559838441472",
    "created_at" : "Thu Apr 18 00:53:41 +0000 2019",
    "favorited" : false,
    "full_text" : "@reichen_falling ありがとう\n余剰の3単位を2Sで取れなくても0点算入はされないよね",
    "lang" : "ja",
    "in_reply_to_screen_name" : "reichen_falling",
    "in_reply_to_user_id_str" : "936878595636584448"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Person0001",
        "screen_name" : "E31415926",
        "indices" : [ "3", "13" ],
        "id_str" : "4688937990",
        "id" : "4688937990"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "102" ],
    "favorite_count" : "0",
    "id_str" : "1118669330445524992",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1118669330445524992",
    "created_at" : "Thu Apr 18 00:15:26 +0000 2019",
    "favorited" : false,
    "full_text" : "RT @E31415926: @経験者or有識者\n前期課程修了要件の「基礎科目・展開科目・総合科目・主題科目の最低単位数の他に取得しなければならない単位数」が足りない場合2Aで駒場に行く必要がありますか?",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "87" ],
    "favorite_count" : "2",
    "id_str" : "1118536687368282112",
    "truncated" : false,
    "retweet_count" : "1",
    "id" : "1118536687368282112",
    "created_at" : "Wed Apr 17 15:28:22 +0000 2019",
    "favorited" : false,
    "full_text" : "@経験者or有識者\n前期課程修了要件の「基礎科目・展開科目・総合科目・主題科目の最低単位数の他に取得しなければならない単位数」が足りない場合2Aで駒場に行く必要がありますか?",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "17" ],
    "favorite_count" : "1",
    "id_str" : "1118493532308656130",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1118493532308656130",
    "created_at" : "Wed Apr 17 12:36:53 +0000 2019",
    "favorited" : false,
    "full_text" : "あと15分でもう一度解熱剤を飲める",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "user_mentions" : [ ],
      "urls" : [ ],
      "symbols" : [ ],
      "media" : [ {
        "expanded_url" : "https://twitter.com/E31415926/status/1118490632769531904/photo/1",
        "indices" : [ "0", "23" ],
        "url" : "https://t.co/BzJiaZ4rsO",
        "media_url" : "http://pbs.twimg.com/media/D4WtTFHVUAAl8PB.jpg",
        "id_str" : "1118490625773490176",
        "id" : "1118490625773490176",
        "media_url_https" : "https://pbs.twimg.com/media/D4WtTFHVUAAl8PB.jpg",
        "sizes" : {
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "large" : {
            "w" : "2048",
            "h" : "1536",
            "resize" : "fit"
          },
          "medium" : {
            "w" : "1200",
            "h" : "900",
            "resize" : "fit"
          },
          "small" : {
            "w" : "680",
            "h" : "510",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/BzJiaZ4rsO"
      } ],
      "hashtags" : [ ]
    },
    "display_text_range" : [ "0", "23" ],
    "favorite_count" : "4",
    "id_str" : "1118490632769531904",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1118490632769531904",
    "possibly_sensitive" : false,
    "created_at" : "Wed Apr 17 12:25:22 +0000 2019",
    "favorited" : false,
    "full_text" : "https://t.co/BzJiaZ4rsO",
    "lang" : "und",
    "extended_entities" : {
      "media" : [ {
        "expanded_url" : "https://twitter.com/E31415926/status/1118490632769531904/photo/1",
        "indices" : [ "0", "23" ],
        "url" : "https://t.co/BzJiaZ4rsO",
        "media_url" : "http://pbs.twimg.com/media/D4WtTFHVUAAl8PB.jpg",
        "id_str" : "1118490625773490176",
        "id" : "1118490625773490176",
        "media_url_https" : "https://pbs.twimg.com/media/D4WtTFHVUAAl8PB.jpg",
        "sizes" : {
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "large" : {
            "w" : "2048",
            "h" : "1536",
            "resize" : "fit"
          },
          "medium" : {
            "w" : "1200",
            "h" : "900",
            "resize" : "fit"
          },
          "small" : {
            "w" : "680",
            "h" : "510",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/BzJiaZ4rsO"
      } ]
    }
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "21" ],
    "favorite_count" : "1",
    "id_str" : "1118412127981584384",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1118412127981584384",
    "created_at" : "Wed Apr 17 07:13:25 +0000 2019",
    "favorited" : false,
    "full_text" : "熱38℃こえてるけど今のところインフル陰性",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "5" ],
    "favorite_count" : "0",
    "id_str" : "1118335257340596225",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1118335257340596225",
    "created_at" : "Wed Apr 17 02:07:57 +0000 2019",
    "favorited" : false,
    "full_text" : "37.6℃",
    "lang" : "und"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "56" ],
    "favorite_count" : "1",
    "in_reply_to_status_id_str" : "1117414665041014784",
    "id_str" : "1117996531037003777",
    "in_reply_to_user_id" : "4688937990",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1117996531037003777",
    "in_reply_to_status_id" : "1117414665041014784",
    "created_at" : "Tue Apr 16 03:41:59 +0000 2019",
    "favorited" : false,
    "full_text" : "これ学割があって半額ぐらいになったらしい\n10000円ぐらい損した\nまあ高い方がモチベーションになるからいいけど",
    "lang" : "ja",
    "in_reply_to_screen_name" : "E31415926",
    "in_reply_to_user_id_str" : "4688937990"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "21" ],
    "favorite_count" : "1",
    "id_str" : "1117568329470734337",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1117568329470734337",
    "created_at" : "Sun Apr 14 23:20:27 +0000 2019",
    "favorited" : false,
    "full_text" : "どうせ遅刻だから富士見ヶ丘始発に乗り換える",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Person0029",
        "screen_name" : "HUAWEI_Japan_PR",
        "indices" : [ "0", "16" ],
        "id_str" : "273735355",
        "id" : "273735355"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "54" ],
    "favorite_count" : "1",
    "in_reply_to_status_id_str" : "1117424704271241216",
    "id_str" : "1117436659992154112",
    "in_reply_to_user_id" : "4688937990",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1117436659992154112",
    "in_reply_to_status_id" : "1117424704271241216",
    "created_at" : "Sun Apr 14 14:37:15 +0000 2019",
    "favorited" : false,
    "full_text" : "@HUAWEI_Japan_PR \n↑P10Liteにプリインストールされている「天気」アプリのバグ報告です",
    "lang" : "ja",
    "in_reply_to_screen_name" : "E31415926",
    "in_reply_to_user_id_str" : "4688937990"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "user_mentions" : [ ],
      "urls" : [ ],
      "symbols" : [ ],
      "media" : [ {
        "expanded_url" : "https://twitter.com/E31415926/status/1117424704271241216/photo/1",
        "indices" : [ "13", "36" ],
        "url" : "https://t.co/PsVlCxEnTn",
        "media_url" : "http://pbs.twimg.com/media/D4Hj16nU0AESWXi.jpg",
        "id_str" : "1117424697971363841",
        "id" : "1117424697971363841",
        "media_url_https" : "https://pbs.twimg.com/media/D4Hj16nU0AESWXi.jpg",
        "sizes" : {
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "large" : {
            "w" : "1080",
            "h" : "1920",
            "resize" : "fit"
          },
          "small" : {
            "w" : "383",
            "h" : "680",
            "resize" : "fit"
          },
          "medium" : {
            "w" : "675",
            "h" : "1200",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/PsVlCxEnTn"
      } ],
      "hashtags" : [ ]
    },
    "display_text_range" : [ "0", "36" ],
    "favorite_count" : "3",
    "id_str" : "1117424704271241216",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1117424704271241216",
    "possibly_sensitive" : false,
    "created_at" : "Sun Apr 14 13:49:44 +0000 2019",
    "favorited" : false,
    "full_text" : "4明日15日ってなんだよ https://t.co/PsVlCxEnTn",
    "lang" : "ja",
    "extended_entities" : {
      "media" : [ {
        "expanded_url" : "https://twitter.com/E31415926/status/1117424704271241216/photo/1",
        "indices" : [ "13", "36" ],
        "url" : "https://t.co/PsVlCxEnTn",
        "media_url" : "http://pbs.twimg.com/media/D4Hj16nU0AESWXi.jpg",
        "id_str" : "1117424697971363841",
        "id" : "1117424697971363841",
        "media_url_https" : "https://pbs.twimg.com/media/D4Hj16nU0AESWXi.jpg",
        "sizes" : {
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "large" : {
            "w" : "1080",
            "h" : "1920",
            "resize" : "fit"
          },
          "small" : {
            "w" : "383",
            "h" : "680",
            "resize" : "fit"
          },
          "medium" : {
            "w" : "675",
            "h" : "1200",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/PsVlCxEnTn"
      } ]
    }
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "user_mentions" : [ ],
      "urls" : [ ],
      "symbols" : [ ],
      "media" : [ {
        "expanded_url" : "https://twitter.com/E31415926/status/1117414665041014784/photo/1",
        "indices" : [ "36", "59" ],
        "url" : "https://t.co/IlKKQkmWSC",
        "media_url" : "http://pbs.twimg.com/media/D4HatXWU8AANp1a.jpg",
        "id_str" : "1117414655461224448",
        "id" : "1117414655461224448",
        "media_url_https" : "https://pbs.twimg.com/media/D4HatXWU8AANp1a.jpg",
        "sizes" : {
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "medium" : {
            "w" : "1200",
            "h" : "900",
            "resize" : "fit"
          },
          "small" : {
            "w" : "680",
            "h" : "510",
            "resize" : "fit"
          },
          "large" : {
            "w" : "2048",
            "h" : "1536",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/IlKKQkmWSC"
      } ],
      "hashtags" : [ ]
    },
    "display_text_range" : [ "0", "59" ],
    "favorite_count" : "3",
    "in_reply_to_status_id_str" : "1117413875651973121",
    "id_str" : "1117414665041014784",
    "in_reply_to_user_id" : "4688937990",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1117414665041014784",
    "in_reply_to_status_id" : "1117413875651973121",
    "possibly_sensitive" : false,
    "created_at" : "Sun Apr 14 13:09:51 +0000 2019",
    "favorited" : false,
    "full_text" : "FPGAでつくる自作CPU に書いてあったFPGAも秋葉原で買ってきた https://t.co/IlKKQkmWSC",
    "lang" : "ja",
    "in_reply_to_screen_name" : "E31415926",
    "in_reply_to_user_id_str" : "4688937990",
    "extended_entities" : {
      "media" : [ {
        "expanded_url" : "https://twitter.com/E31415926/status/1117414665041014784/photo/1",
        "indices" : [ "36", "59" ],
        "url" : "https://t.co/IlKKQkmWSC",
        "media_url" : "http://pbs.twimg.com/media/D4HatXWU8AANp1a.jpg",
        "id_str" : "1117414655461224448",
        "id" : "1117414655461224448",
        "media_url_https" : "https://pbs.twimg.com/media/D4HatXWU8AANp1a.jpg",
        "sizes" : {
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "medium" : {
            "w" : "1200",
            "h" : "900",
            "resize" : "fit"
          },
          "small" : {
            "w" : "680",
            "h" : "510",
            "resize" : "fit"
          },
          "large" : {
            "w" : "2048",
            "h" : "1536",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/IlKKQkmWSC"
      } ]
    }
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "user_mentions" : [ ],
      "urls" : [ ],
      "symbols" : [ ],
      "media" : [ {
        "expanded_url" : "https://twitter.com/E31415926/status/1117413875651973121/photo/1",
        "indices" : [ "37", "60" ],
        "url" : "https://t.co/AeWRUJ3Ahr",
        "media_url" : "http://pbs.twimg.com/media/D4HZ_HzU8AE3Ci1.jpg",
        "id_str" : "1117413861013909505",
        "id" : "1117413861013909505",
        "media_url_https" : "https://pbs.twimg.com/media/D4HZ_HzU8AE3Ci1.jpg",
        "sizes" : {
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "large" : {
            "w" : "2048",
            "h" : "1536",
            "resize" : "fit"
          },
          "small" : {
            "w" : "680",
            "h" : "510",
            "resize" : "fit"
          },
          "medium" : {
            "w" : "1200",
            "h" : "900",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/AeWRUJ3Ahr"
      } ],
      "hashtags" : [ ]
    },
    "display_text_range" : [ "0", "60" ],
    "favorite_count" : "3",
    "id_str" : "1117413875651973121",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1117413875651973121",
    "possibly_sensitive" : false,
    "created_at" : "Sun Apr 14 13:06:43 +0000 2019",
    "favorited" : false,
    "full_text" : "技術書展で買ったもの\n電子版でUSB3.0ホストドライバ自作入門も買った https://t.co/AeWRUJ3Ahr",
    "lang" : "ja",
    "extended_entities" : {
      "media" : [ {
        "expanded_url" : "https://twitter.com/E31415926/status/1117413875651973121/photo/1",
        "indices" : [ "37", "60" ],
        "url" : "https://t.co/AeWRUJ3Ahr",
        "media_url" : "http://pbs.twimg.com/media/D4HZ_HzU8AE3Ci1.jpg",
        "id_str" : "1117413861013909505",
        "id" : "1117413861013909505",
        "media_url_https" : "https://pbs.twimg.com/media/D4HZ_HzU8AE3Ci1.jpg",
        "sizes" : {
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "large" : {
            "w" : "2048",
            "h" : "1536",
            "resize" : "fit"
          },
          "small" : {
            "w" : "680",
            "h" : "510",
            "resize" : "fit"
          },
          "medium" : {
            "w" : "1200",
            "h" : "900",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/AeWRUJ3Ahr"
      } ]
    }
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "8" ],
    "favorite_count" : "3",
    "id_str" : "1117399094136164358",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1117399094136164358",
    "created_at" : "Sun Apr 14 12:07:58 +0000 2019",
    "favorited" : false,
    "full_text" : "s8pc忘れてた",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "12" ],
    "favorite_count" : "0",
    "id_str" : "1117318433014603776",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1117318433014603776",
    "created_at" : "Sun Apr 14 06:47:27 +0000 2019",
    "favorited" : false,
    "full_text" : "技術書展撤退して秋葉原へ",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "16" ],
    "favorite_count" : "0",
    "in_reply_to_status_id_str" : "1117288093936017408",
    "id_str" : "1117291011720433664",
    "in_reply_to_user_id" : "4688937990",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1117291011720433664",
    "in_reply_to_status_id" : "1117288093936017408",
    "created_at" : "Sun Apr 14 04:58:30 +0000 2019",
    "favorited" : false,
    "full_text" : "チケットだせば並ばなくてよかった",
    "lang" : "ja",
    "in_reply_to_screen_name" : "E31415926",
    "in_reply_to_user_id_str" : "4688937990"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "11" ],
    "favorite_count" : "0",
    "id_str" : "1117288093936017408",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1117288093936017408",
    "created_at" : "Sun Apr 14 04:46:54 +0000 2019",
    "favorited" : false,
    "full_text" : "何でまた列ができてるの",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "6" ],
    "favorite_count" : "0",
    "id_str" : "1117272923457212416",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1117272923457212416",
    "created_at" : "Sun Apr 14 03:46:37 +0000 2019",
    "favorited" : false,
    "full_text" : "いったん離脱",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "5" ],
    "favorite_count" : "1",
    "id_str" : "1117249300990320641",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1117249300990320641",
    "created_at" : "Sun Apr 14 02:12:45 +0000 2019",
    "favorited" : false,
    "full_text" : "技術書展着",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Person0015",
        "screen_name" : "tomobotter",
        "indices" : [ "0", "11" ],
        "id_str" : "4851405166",
        "id" : "4851405166"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "16" ],
    "favorite_count" : "0",
    "in_reply_to_status_id_str" : "1123294468201836544",
    "id_str" : "1123294643339141120",
    "in_reply_to_user_id" : "4688937990",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1123294643339141120",
    "in_reply_to_status_id" : "1123294468201836544",
    "created_at" : "Tue Apr 30 18:34:47 +0000 2019",
    "favorited" : false,
    "full_text" : "@tomobotter time",
    "lang" : "en",
    "in_reply_to_screen_name" : "E31415926",
    "in_reply_to_user_id_str" : "4688937990"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "3" ],
    "favorite_count" : "0",
    "id_str" : "1123294468201836544",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1123294468201836544",
    "created_at" : "Tue Apr 30 18:34:05 +0000 2019",
    "favorited" : false,
    "full_text" : "334",
    "lang" : "und"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "10" ],
    "favorite_count" : "0",
    "id_str" : "1123294376350736385",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1123294376350736385",
    "created_at" : "Tue Apr 30 18:33:43 +0000 2019",
    "favorited" : false,
    "full_text" : "令和最初の334待機",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "user_mentions" : [ ],
      "urls" : [ ],
      "symbols" : [ ],
      "media" : [ {
        "expanded_url" : "https://twitter.com/E31415926/status/1123259030426664961/photo/1",
        "indices" : [ "15", "38" ],
        "url" : "https://t.co/SVPIZGq7Sf",
        "media_url" : "http://pbs.twimg.com/media/D5aeIcwU8AA4d8i.jpg",
        "id_str" : "1123259025070551040",
        "id" : "1123259025070551040",
        "media_url_https" : "https://pbs.twimg.com/media/D5aeIcwU8AA4d8i.jpg",
        "sizes" : {
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "small" : {
            "w" : "680",
            "h" : "223",
            "resize" : "fit"
          },
          "large" : {
            "w" : "1818",
            "h" : "596",
            "resize" : "fit"
          },
          "medium" : {
            "w" : "1200",
            "h" : "393",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/SVPIZGq7Sf"
      } ],
      "hashtags" : [ ]
    },
    "display_text_range" : [ "0", "38" ],
    "favorite_count" : "1",
    "id_str" : "1123259030426664961",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1123259030426664961",
    "possibly_sensitive" : false,
    "created_at" : "Tue Apr 30 16:13:16 +0000 2019",
    "favorited" : false,
    "full_text" : "自分用なのにギフトラッピング https://t.co/SVPIZGq7Sf",
    "lang" : "ja",
    "extended_entities" : {
      "media" : [ {
        "expanded_url" : "https://twitter.com/E31415926/status/1123259030426664961/photo/1",
        "indices" : [ "15", "38" ],
        "url" : "https://t.co/SVPIZGq7Sf",
        "media_url" : "http://pbs.twimg.com/media/D5aeIcwU8AA4d8i.jpg",
        "id_str" : "1123259025070551040",
        "id" : "1123259025070551040",
        "media_url_https" : "https://pbs.twimg.com/media/D5aeIcwU8AA4d8i.jpg",
        "sizes" : {
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "small" : {
            "w" : "680",
            "h" : "223",
            "resize" : "fit"
          },
          "large" : {
            "w" : "1818",
            "h" : "596",
            "resize" : "fit"
          },
          "medium" : {
            "w" : "1200",
            "h" : "393",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/SVPIZGq7Sf"
      } ]
    }
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "26" ],
    "favorite_count" : "0",
    "id_str" : "1123248192709992448",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1123248192709992448",
    "created_at" : "Tue Apr 30 15:30:12 +0000 2019",
    "favorited" : false,
    "full_text" : "oculus quest5月21日か\nちょうど誕生日",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "28" ],
    "favorite_count" : "2",
    "id_str" : "1123239366606745600",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1123239366606745600",
    "created_at" : "Tue Apr 30 14:55:08 +0000 2019",
    "favorited" : false,
    "full_text" : "スマホでスクランブル交差点、PCで皇居のライブ映像を視聴",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "11" ],
    "favorite_count" : "2",
    "id_str" : "1122573621145116672",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1122573621145116672",
    "created_at" : "Sun Apr 28 18:49:42 +0000 2019",
    "favorited" : false,
    "full_text" : "Bは185と56にした",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "9" ],
    "favorite_count" : "0",
    "id_str" : "1122569725530128384",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1122569725530128384",
    "created_at" : "Sun Apr 28 18:34:13 +0000 2019",
    "favorited" : false,
    "full_text" : "ABc371位通過",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "5" ],
    "favorite_count" : "0",
    "id_str" : "1122525256030150661",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1122525256030150661",
    "created_at" : "Sun Apr 28 15:37:31 +0000 2019",
    "favorited" : false,
    "full_text" : "gcj待機",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "53" ],
    "favorite_count" : "0",
    "id_str" : "1122388460134748162",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1122388460134748162",
    "created_at" : "Sun Apr 28 06:33:56 +0000 2019",
    "favorited" : false,
    "full_text" : "配列をforで初期化→配列のサイズを修正→初期化の方を変え忘れてサンプルだけ合う\nデバッグに1時間かかった",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "7" ],
    "favorite_count" : "2",
    "id_str" : "1122112137252364288",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1122112137252364288",
    "created_at" : "Sat Apr 27 12:15:56 +0000 2019",
    "favorited" : false,
    "full_text" : "8連勝借金完済",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ {
        "url" : "https://t.co/oZfvwIsIuE",
        "expanded_url" : "https://twitter.com/montblanc_s1/status/1121553971196252160",
        "display_url" : "twitter.com/montblanc_s1/s…",
        "indices" : [ "46", "69" ]
      } ]
    },
    "display_text_range" : [ "0", "69" ],
    "favorite_count" : "2",
    "id_str" : "1121654068223459328",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1121654068223459328",
    "possibly_sensitive" : false,
    "created_at" : "Fri Apr 26 05:55:43 +0000 2019",
    "favorited" : false,
    "full_text" : "十分利益が見込めるなら自己買いして捨てた方が得しそうだけどそれをやるとルールを変えられそう https://t.co/oZfvwIsIuE",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "14" ],
    "favorite_count" : "0",
    "id_str" : "1121266916272693248",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1121266916272693248",
    "created_at" : "Thu Apr 25 04:17:19 +0000 2019",
    "favorited" : false,
    "full_text" : "追試の結果はいつ分かりますか",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "25" ],
    "favorite_count" : "1",
    "id_str" : "1121263759580749825",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1121263759580749825",
    "created_at" : "Thu Apr 25 04:04:47 +0000 2019",
    "favorited" : false,
    "full_text" : "3限ブッチして寿司食べるつもりだったのに3限休講?",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "24" ],
    "favorite_count" : "0",
    "id_str" : "1121254855505371136",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1121254855505371136",
    "created_at" : "Thu Apr 25 03:29:24 +0000 2019",
    "favorited" : false,
    "full_text" : "過去問と一部同じ問題だったので中国語の部屋をした",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "14" ],
    "favorite_count" : "0",
    "id_str" : "1121059975223107584",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1121059975223107584",
    "created_at" : "Wed Apr 24 14:35:01 +0000 2019",
    "favorited" : false,
    "full_text" : "追試の結果っていつでるんだろ",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "22" ],
    "favorite_count" : "3",
    "id_str" : "1121057754343362562",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1121057754343362562",
    "created_at" : "Wed Apr 24 14:26:11 +0000 2019",
    "favorited" : false,
    "full_text" : "明日追試終わったら3限ブッチして寿司を食べる",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "21" ],
    "favorite_count" : "0",
    "id_str" : "1121003952009404417",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1121003952009404417",
    "created_at" : "Wed Apr 24 10:52:24 +0000 2019",
    "favorited" : false,
    "full_text" : "行列式以外に何を勉強したらいいか分からない",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "21" ],
    "favorite_count" : "1",
    "id_str" : "1120949412073627649",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1120949412073627649",
    "created_at" : "Wed Apr 24 07:15:40 +0000 2019",
    "favorited" : false,
    "full_text" : "線型代数どこまで勉強すれば単位とれるんだろ",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "9" ],
    "favorite_count" : "0",
    "in_reply_to_status_id_str" : "1120359128134586372",
    "id_str" : "1120361953438732288",
    "in_reply_to_user_id" : "4688937990",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1120361953438732288",
    "in_reply_to_status_id" : "1120359128134586372",
    "created_at" : "Mon Apr 22 16:21:19 +0000 2019",
    "favorited" : false,
    "full_text" : "そんなことなかった",
    "lang" : "ja",
    "in_reply_to_screen_name" : "E31415926",
    "in_reply_to_user_id_str" : "4688937990"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "52" ],
    "favorite_count" : "1",
    "id_str" : "1120359128134586372",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1120359128134586372",
    "created_at" : "Mon Apr 22 16:10:06 +0000 2019",
    "favorited" : false,
    "full_text" : "線型の期末計算ミスしてなければと思ってたけどその後の解き方を完全に誤解してたとわかったのでどちらにしても",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "27" ],
    "favorite_count" : "0",
    "id_str" : "1120295563713343488",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1120295563713343488",
    "created_at" : "Mon Apr 22 11:57:31 +0000 2019",
    "favorited" : false,
    "full_text" : "wifi切ったの忘れて動画見て300MB使ってしまった",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "15" ],
    "favorite_count" : "5",
    "id_str" : "1119958747143499776",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1119958747143499776",
    "created_at" : "Sun Apr 21 13:39:07 +0000 2019",
    "favorited" : false,
    "full_text" : "応用情報午前自己採点71/80",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "10" ],
    "favorite_count" : "4",
    "id_str" : "1119953380229574658",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1119953380229574658",
    "created_at" : "Sun Apr 21 13:17:48 +0000 2019",
    "favorited" : false,
    "full_text" : "応用情報の自己採する",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "27" ],
    "favorite_count" : "1",
    "id_str" : "1119929385669103616",
    "truncated" : false,
    "retweet_count" : "1",
    "id" : "1119929385669103616",
    "created_at" : "Sun Apr 21 11:42:27 +0000 2019",
    "favorited" : false,
    "full_text" : "結局選挙行かなかった\n候補者も定数も多すぎて分からない",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "101" ],
    "favorite_count" : "0",
    "in_reply_to_status_id_str" : "1022395953515454465",
    "id_str" : "1022399085989355523",
    "in_reply_to_user_id" : "2876023538",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1022399085989355523",
    "in_reply_to_status_id" : "1022395953515454465",
    "created_at" : "Thu Jul 26 08:31:52 +0000 2018",
    "favorited" : false,
    "full_text" : "@paulsohnk 自分もy&gt;=2とかにしても良いとは思ったけどあまり深い理由はないと思う(y&gt;e^(1/e)だと無駄に難しいし、xには等号がついてないからそれに合わせただけかもしれない)",
    "lang" : "ja",
    "in_reply_to_user_id_str" : "2876023538"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "52" ],
    "favorite_count" : "0",
    "in_reply_to_status_id_str" : "1022388901279760384",
    "id_str" : "1022393468713230336",
    "in_reply_to_user_id" : "2876023538",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1022393468713230336",
    "in_reply_to_status_id" : "1022388901279760384",
    "created_at" : "Thu Jul 26 08:09:32 +0000 2018",
    "favorited" : false,
    "full_text" : "@paulsohnk y&gt;1だと例えばlog(1.01,2)&gt;2だから成り立たないこともある",
    "lang" : "ja",
    "in_reply_to_user_id_str" : "2876023538"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "24" ],
    "favorite_count" : "5",
    "id_str" : "1018837910672400384",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1018837910672400384",
    "created_at" : "Mon Jul 16 12:41:01 +0000 2018",
    "favorited" : false,
    "full_text" : "今日1秒も試験勉強してない\nアプリ1つ作ったけど",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "22" ],
    "favorite_count" : "1",
    "id_str" : "1018146515708043264",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1018146515708043264",
    "created_at" : "Sat Jul 14 14:53:40 +0000 2018",
    "favorited" : false,
    "full_text" : "1746-&gt;1796(highest)",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "22" ],
    "favorite_count" : "2",
    "id_str" : "1016345041973858304",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1016345041973858304",
    "created_at" : "Mon Jul 09 15:35:15 +0000 2018",
    "favorited" : false,
    "full_text" : "点数が出ない初ゼミに結局何時間費やしたんだろ",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "21" ],
    "favorite_count" : "4",
    "id_str" : "1016344822964150272",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1016344822964150272",
    "created_at" : "Mon Jul 09 15:34:23 +0000 2018",
    "favorited" : false,
    "full_text" : "初ゼミスライド完成\n点数出ないから雑だけど",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "44" ],
    "favorite_count" : "4",
    "id_str" : "1015599891869921280",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1015599891869921280",
    "created_at" : "Sat Jul 07 14:14:17 +0000 2018",
    "favorited" : false,
    "full_text" : "Cで出力の桁数を指定していなかったので15分無駄にしてコンテスト終了11分後にE問題AC",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "7" ],
    "favorite_count" : "1",
    "id_str" : "1015275235224969216",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1015275235224969216",
    "created_at" : "Fri Jul 06 16:44:13 +0000 2018",
    "favorited" : false,
    "full_text" : "広島特別警報か",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "32" ],
    "favorite_count" : "1",
    "in_reply_to_status_id_str" : "1014505757830606849",
    "id_str" : "1014507066172440577",
    "in_reply_to_user_id" : "4688937990",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1014507066172440577",
    "in_reply_to_status_id" : "1014505757830606849",
    "created_at" : "Wed Jul 04 13:51:47 +0000 2018",
    "favorited" : false,
    "full_text" : "だとしたらS2も可になるのか\n教員同じだしほとんど出席してないし",
    "lang" : "ja",
    "in_reply_to_screen_name" : "E31415926",
    "in_reply_to_user_id_str" : "4688937990"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "user_mentions" : [ ],
      "urls" : [ ],
      "symbols" : [ ],
      "media" : [ {
        "expanded_url" : "https://twitter.com/E31415926/status/1014505757830606849/photo/1",
        "indices" : [ "31", "54" ],
        "url" : "https://t.co/7z8KfncP8m",
        "media_url" : "http://pbs.twimg.com/media/DhQ8zwgUcAA2jpy.jpg",
        "id_str" : "1014502675956658176",
        "id" : "1014502675956658176",
        "media_url_https" : "https://pbs.twimg.com/media/DhQ8zwgUcAA2jpy.jpg",
        "sizes" : {
          "large" : {
            "w" : "692",
            "h" : "248",
            "resize" : "fit"
          },
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "small" : {
            "w" : "680",
            "h" : "244",
            "resize" : "fit"
          },
          "medium" : {
            "w" : "692",
            "h" : "248",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/7z8KfncP8m"
      } ],
      "hashtags" : [ ]
    },
    "display_text_range" : [ "0", "54" ],
    "favorite_count" : "8",
    "id_str" : "1014505757830606849",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1014505757830606849",
    "possibly_sensitive" : false,
    "created_at" : "Wed Jul 04 13:46:35 +0000 2018",
    "favorited" : false,
    "full_text" : "試験全完したと思うんだけど\nコメントシート書かなかったから? https://t.co/7z8KfncP8m",
    "lang" : "ja",
    "extended_entities" : {
      "media" : [ {
        "expanded_url" : "https://twitter.com/E31415926/status/1014505757830606849/photo/1",
        "indices" : [ "31", "54" ],
        "url" : "https://t.co/7z8KfncP8m",
        "media_url" : "http://pbs.twimg.com/media/DhQ8zwgUcAA2jpy.jpg",
        "id_str" : "1014502675956658176",
        "id" : "1014502675956658176",
        "media_url_https" : "https://pbs.twimg.com/media/DhQ8zwgUcAA2jpy.jpg",
        "sizes" : {
          "large" : {
            "w" : "692",
            "h" : "248",
            "resize" : "fit"
          },
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "small" : {
            "w" : "680",
            "h" : "244",
            "resize" : "fit"
          },
          "medium" : {
            "w" : "692",
            "h" : "248",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/7z8KfncP8m"
      } ]
    }
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "user_mentions" : [ ],
      "urls" : [ ],
      "symbols" : [ ],
      "media" : [ {
        "expanded_url" : "https://twitter.com/E31415926/status/1011899986160771072/photo/1",
        "indices" : [ "14", "37" ],
        "url" : "https://t.co/FMwpPv0nrj",
        "media_url" : "http://pbs.twimg.com/media/Dgr9qy8V4AAcmC9.jpg",
        "id_str" : "1011899977969295360",
        "id" : "1011899977969295360",
        "media_url_https" : "https://pbs.twimg.com/media/Dgr9qy8V4AAcmC9.jpg",
        "sizes" : {
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "medium" : {
            "w" : "900",
            "h" : "1200",
            "resize" : "fit"
          },
          "small" : {
            "w" : "510",
            "h" : "680",
            "resize" : "fit"
          },
          "large" : {
            "w" : "1536",
            "h" : "2048",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/FMwpPv0nrj"
      } ],
      "hashtags" : [ ]
    },
    "display_text_range" : [ "0", "37" ],
    "favorite_count" : "4",
    "id_str" : "1011899986160771072",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1011899986160771072",
    "possibly_sensitive" : false,
    "created_at" : "Wed Jun 27 09:12:11 +0000 2018",
    "favorited" : false,
    "full_text" : "oculus Go 届いた https://t.co/FMwpPv0nrj",
    "lang" : "ja",
    "extended_entities" : {
      "media" : [ {
        "expanded_url" : "https://twitter.com/E31415926/status/1011899986160771072/photo/1",
        "indices" : [ "14", "37" ],
        "url" : "https://t.co/FMwpPv0nrj",
        "media_url" : "http://pbs.twimg.com/media/Dgr9qy8V4AAcmC9.jpg",
        "id_str" : "1011899977969295360",
        "id" : "1011899977969295360",
        "media_url_https" : "https://pbs.twimg.com/media/Dgr9qy8V4AAcmC9.jpg",
        "sizes" : {
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "medium" : {
            "w" : "900",
            "h" : "1200",
            "resize" : "fit"
          },
          "small" : {
            "w" : "510",
            "h" : "680",
            "resize" : "fit"
          },
          "large" : {
            "w" : "1536",
            "h" : "2048",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/FMwpPv0nrj"
      } ]
    }
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Person0030",
        "screen_name" : "uts1_25_2018",
        "indices" : [ "3", "16" ],
        "id_str" : "-1",
        "id" : "-1"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "119" ],
    "favorite_count" : "0",
    "id_str" : "999616906960162816",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "999616906960162816",
    "created_at" : "Thu May 24 11:43:37 +0000 2018",
    "favorited" : false,
    "full_text" : "RT @uts1_25_2018: 💥駒場祭RT企画💥\n \n理科I類25組です！\nなんとこのツイートをRTした方にはもれなく！！！\nなんかサービスします！！！😌🍭✨\n\n⚠️店頭にてRTしたことが分かるようにスマホの画面を見せてください⚠️",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Person0006",
        "screen_name" : "addeight2",
        "indices" : [ "0", "10" ],
        "id_str" : "766532715210342400",
        "id" : "766532715210342400"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "16" ],
    "favorite_count" : "1",
    "in_reply_to_status_id_str" : "998767683263873024",
    "id_str" : "998771898069610497",
    "in_reply_to_user_id" : "766532715210342400",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "998771898069610497",
    "in_reply_to_status_id" : "998767683263873024",
    "created_at" : "Tue May 22 03:45:51 +0000 2018",
    "favorited" : false,
    "full_text" : "@addeight2 ありがとう",
    "lang" : "ja",
    "in_reply_to_screen_name" : "addeight2",
    "in_reply_to_user_id_str" : "766532715210342400"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "18" ],
    "favorite_count" : "3",
    "id_str" : "998579111231565825",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "998579111231565825",
    "created_at" : "Mon May 21 14:59:47 +0000 2018",
    "favorited" : false,
    "full_text" : "そういえば今日誕生日だったの忘れてた",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "user_mentions" : [ ],
      "urls" : [ ],
      "symbols" : [ ],
      "media" : [ {
        "expanded_url" : "https://twitter.com/E31415926/status/996765118913380352/photo/1",
        "indices" : [ "29", "52" ],
        "url" : "https://t.co/gzV3bFUH5b",
        "media_url" : "http://pbs.twimg.com/media/DdU4lelVwAIAuDj.jpg",
        "id_str" : "996765109048426498",
        "id" : "996765109048426498",
        "media_url_https" : "https://pbs.twimg.com/media/DdU4lelVwAIAuDj.jpg",
        "sizes" : {
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "small" : {
            "w" : "680",
            "h" : "548",
            "resize" : "fit"
          },
          "medium" : {
            "w" : "1080",
            "h" : "871",
            "resize" : "fit"
          },
          "large" : {
            "w" : "1080",
            "h" : "871",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/gzV3bFUH5b"
      } ],
      "hashtags" : [ ]
    },
    "display_text_range" : [ "0", "52" ],
    "favorite_count" : "5",
    "id_str" : "996765118913380352",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "996765118913380352",
    "possibly_sensitive" : false,
    "created_at" : "Wed May 16 14:51:38 +0000 2018",
    "favorited" : false,
    "full_text" : "入試前に試験地を東京にして申し込んでた基本情報技術者試験 https://t.co/gzV3bFUH5b",
    "lang" : "ja",
    "extended_entities" : {
      "media" : [ {
        "expanded_url" : "https://twitter.com/E31415926/status/996765118913380352/photo/1",
        "indices" : [ "29", "52" ],
        "url" : "https://t.co/gzV3bFUH5b",
        "media_url" : "http://pbs.twimg.com/media/DdU4lelVwAIAuDj.jpg",
        "id_str" : "996765109048426498",
        "id" : "996765109048426498",
        "media_url_https" : "https://pbs.twimg.com/media/DdU4lelVwAIAuDj.jpg",
        "sizes" : {
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "small" : {
            "w" : "680",
            "h" : "548",
            "resize" : "fit"
          },
          "medium" : {
            "w" : "1080",
            "h" : "871",
            "resize" : "fit"
          },
          "large" : {
            "w" : "1080",
            "h" : "871",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/gzV3bFUH5b"
      } ]
    }
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "user_mentions" : [ ],
      "urls" : [ ],
      "symbols" : [ ],
      "media" : [ {
        "expanded_url" : "https://twitter.com/E31415926/status/987868192683933696/photo/1",
        "indices" : [ "0", "23" ],
        "url" : "https://t.co/67Cx4XYRxu",
        "media_url" : "http://pbs.twimg.com/media/DbWc4TFVQAE4WEM.jpg",
        "id_str" : "987868184286937089",
        "id" : "987868184286937089",
        "media_url_https" : "https://pbs.twimg.com/media/DbWc4TFVQAE4WEM.jpg",
        "sizes" : {
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "large" : {
            "w" : "1536",
            "h" : "2048",
            "resize" : "fit"
          },
          "small" : {
            "w" : "510",
            "h" : "680",
            "resize" : "fit"
          },
          "medium" : {
            "w" : "900",
            "h" : "1200",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/67Cx4XYRxu"
      } ],
      "hashtags" : [ ]
    },
    "display_text_range" : [ "0", "23" ],
    "favorite_count" : "1",
    "in_reply_to_status_id_str" : "952511220006797318",
    "id_str" : "987868192683933696",
    "in_reply_to_user_id" : "4688937990",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "987868192683933696",
    "in_reply_to_status_id" : "952511220006797318",
    "possibly_sensitive" : false,
    "created_at" : "Sun Apr 22 01:38:25 +0000 2018",
    "favorited" : false,
    "full_text" : "https://t.co/67Cx4XYRxu",
    "lang" : "und",
    "in_reply_to_screen_name" : "E31415926",
    "in_reply_to_user_id_str" : "4688937990",
    "extended_entities" : {
      "media" : [ {
        "expanded_url" : "https://twitter.com/E31415926/status/987868192683933696/photo/1",
        "indices" : [ "0", "23" ],
        "url" : "https://t.co/67Cx4XYRxu",
        "media_url" : "http://pbs.twimg.com/media/DbWc4TFVQAE4WEM.jpg",
        "id_str" : "987868184286937089",
        "id" : "987868184286937089",
        "media_url_https" : "https://pbs.twimg.com/media/DbWc4TFVQAE4WEM.jpg",
        "sizes" : {
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "large" : {
            "w" : "1536",
            "h" : "2048",
            "resize" : "fit"
          },
          "small" : {
            "w" : "510",
            "h" : "680",
            "resize" : "fit"
          },
          "medium" : {
            "w" : "900",
            "h" : "1200",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/67Cx4XYRxu"
      } ]
    }
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "user_mentions" : [ ],
      "urls" : [ ],
      "symbols" : [ ],
      "media" : [ {
        "expanded_url" : "https://twitter.com/E31415926/status/987293928561917953/photo/1",
        "indices" : [ "12", "35" ],
        "url" : "https://t.co/1ltyP74Xqn",
        "media_url" : "http://pbs.twimg.com/media/DbOSlcGVAAAWMyh.jpg",
        "id_str" : "987293915219820544",
        "id" : "987293915219820544",
        "media_url_https" : "https://pbs.twimg.com/media/DbOSlcGVAAAWMyh.jpg",
        "sizes" : {
          "medium" : {
            "w" : "900",
            "h" : "1200",
            "resize" : "fit"
          },
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "large" : {
            "w" : "1536",
            "h" : "2048",
            "resize" : "fit"
          },
          "small" : {
            "w" : "510",
            "h" : "680",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/1ltyP74Xqn"
      } ],
      "hashtags" : [ {
        "text" : "2018東大開示祭り",
        "indices" : [ "0", "11" ]
      } ]
    },
    "display_text_range" : [ "0", "35" ],
    "favorite_count" : "8",
    "id_str" : "987293928561917953",
    "truncated" : false,
    "retweet_count" : "1",
    "id" : "987293928561917953",
    "possibly_sensitive" : false,
    "created_at" : "Fri Apr 20 11:36:30 +0000 2018",
    "favorited" : false,
    "full_text" : "#2018東大開示祭り https://t.co/1ltyP74Xqn",
    "lang" : "und",
    "extended_entities" : {
      "media" : [ {
        "expanded_url" : "https://twitter.com/E31415926/status/987293928561917953/photo/1",
        "indices" : [ "12", "35" ],
        "url" : "https://t.co/1ltyP74Xqn",
        "media_url" : "http://pbs.twimg.com/media/DbOSlcGVAAAWMyh.jpg",
        "id_str" : "987293915219820544",
        "id" : "987293915219820544",
        "media_url_https" : "https://pbs.twimg.com/media/DbOSlcGVAAAWMyh.jpg",
        "sizes" : {
          "medium" : {
            "w" : "900",
            "h" : "1200",
            "resize" : "fit"
          },
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "large" : {
            "w" : "1536",
            "h" : "2048",
            "resize" : "fit"
          },
          "small" : {
            "w" : "510",
            "h" : "680",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/1ltyP74Xqn"
      } ]
    }
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "7" ],
    "favorite_count" : "2",
    "id_str" : "984220167176515584",
    "truncated" : false,
    "retweet_count" : "2",
    "id" : "984220167176515584",
    "created_at" : "Thu Apr 12 00:02:28 +0000 2018",
    "favorited" : false,
    "full_text" : "入学式一番乗り",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "26" ],
    "favorite_count" : "1",
    "in_reply_to_status_id_str" : "982804159802961920",
    "id_str" : "982806082740305926",
    "in_reply_to_user_id" : "4688937990",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "982806082740305926",
    "in_reply_to_status_id" : "982804159802961920",
    "created_at" : "Sun Apr 08 02:23:24 +0000 2018",
    "favorited" : false,
    "full_text" : "眠いから続きは明日にしようとしたら11:03に起きた",
    "lang" : "ja",
    "in_reply_to_screen_name" : "E31415926",
    "in_reply_to_user_id_str" : "4688937990"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "5" ],
    "favorite_count" : "0",
    "id_str" : "982804159802961920",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "982804159802961920",
    "created_at" : "Sun Apr 08 02:15:45 +0000 2018",
    "favorited" : false,
    "full_text" : "gcj敗退",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "28" ],
    "favorite_count" : "0",
    "in_reply_to_status_id_str" : "982622838350757888",
    "id_str" : "982639741395910656",
    "in_reply_to_user_id" : "4688937990",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "982639741395910656",
    "in_reply_to_status_id" : "982622838350757888",
    "created_at" : "Sat Apr 07 15:22:25 +0000 2018",
    "favorited" : false,
    "full_text" : "linux(仮想マシン)で書き直し(書き写し)たら通った",
    "lang" : "ja",
    "in_reply_to_screen_name" : "E31415926",
    "in_reply_to_user_id_str" : "4688937990"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "20" ],
    "favorite_count" : "0",
    "id_str" : "982622838350757888",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "982622838350757888",
    "created_at" : "Sat Apr 07 14:15:15 +0000 2018",
    "favorited" : false,
    "full_text" : "gcj謎のコンパイルエラーが出て解けない",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Person0031",
        "screen_name" : "nakaji_dayo",
        "indices" : [ "0", "12" ],
        "id_str" : "135556589",
        "id" : "135556589"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "36" ],
    "favorite_count" : "0",
    "in_reply_to_status_id_str" : "982541341149167616",
    "id_str" : "982549607946137601",
    "in_reply_to_user_id" : "135556589",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "982549607946137601",
    "in_reply_to_status_id" : "982541341149167616",
    "created_at" : "Sat Apr 07 09:24:16 +0000 2018",
    "favorited" : false,
    "full_text" : "@nakaji_dayo 返信ありがとうございます\nお手数お掛けしました",
    "lang" : "ja",
    "in_reply_to_screen_name" : "nakaji_dayo",
    "in_reply_to_user_id_str" : "135556589"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Person0031",
        "screen_name" : "nakaji_dayo",
        "indices" : [ "0", "12" ],
        "id_str" : "135556589",
        "id" : "135556589"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "48" ],
    "favorite_count" : "0",
    "in_reply_to_status_id_str" : "982472323755261952",
    "id_str" : "982525219427442688",
    "in_reply_to_user_id" : "135556589",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "982525219427442688",
    "in_reply_to_status_id" : "982472323755261952",
    "created_at" : "Sat Apr 07 07:47:21 +0000 2018",
    "favorited" : false,
    "full_text" : "@nakaji_dayo C++で同じエラーにはまってるんですが解決方法を教えていただけませんか",
    "lang" : "ja",
    "in_reply_to_screen_name" : "nakaji_dayo",
    "in_reply_to_user_id_str" : "135556589"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "user_mentions" : [ ],
      "urls" : [ ],
      "symbols" : [ ],
      "media" : [ {
        "expanded_url" : "https://twitter.com/E31415926/status/981532736144855041/photo/1",
        "indices" : [ "0", "23" ],
        "url" : "https://t.co/dbg1pWLYgk",
        "media_url" : "http://pbs.twimg.com/media/DZ8az0OVwAEd0pj.jpg",
        "id_str" : "981532721284497409",
        "id" : "981532721284497409",
        "media_url_https" : "https://pbs.twimg.com/media/DZ8az0OVwAEd0pj.jpg",
        "sizes" : {
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "small" : {
            "w" : "680",
            "h" : "510",
            "resize" : "fit"
          },
          "large" : {
            "w" : "2048",
            "h" : "1536",
            "resize" : "fit"
          },
          "medium" : {
            "w" : "1200",
            "h" : "900",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/dbg1pWLYgk"
      } ],
      "hashtags" : [ ]
    },
    "display_text_range" : [ "0", "23" ],
    "favorite_count" : "1",
    "id_str" : "981532736144855041",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "981532736144855041",
    "possibly_sensitive" : false,
    "created_at" : "Wed Apr 04 14:03:34 +0000 2018",
    "favorited" : false,
    "full_text" : "https://t.co/dbg1pWLYgk",
    "lang" : "und",
    "extended_entities" : {
      "media" : [ {
        "expanded_url" : "https://twitter.com/E31415926/status/981532736144855041/photo/1",
        "indices" : [ "0", "23" ],
        "url" : "https://t.co/dbg1pWLYgk",
        "media_url" : "http://pbs.twimg.com/media/DZ8az0OVwAEd0pj.jpg",
        "id_str" : "981532721284497409",
        "id" : "981532721284497409",
        "media_url_https" : "https://pbs.twimg.com/media/DZ8az0OVwAEd0pj.jpg",
        "sizes" : {
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "small" : {
            "w" : "680",
            "h" : "510",
            "resize" : "fit"
          },
          "large" : {
            "w" : "2048",
            "h" : "1536",
            "resize" : "fit"
          },
          "medium" : {
            "w" : "1200",
            "h" : "900",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/dbg1pWLYgk"
      } ]
    }
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "16" ],
    "favorite_count" : "0",
    "id_str" : "1129787683205668864",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1129787683205668864",
    "created_at" : "Sat May 18 16:35:48 +0000 2019",
    "favorited" : false,
    "full_text" : "インタラクティブに行ったのがミス",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "28" ],
    "favorite_count" : "0",
    "id_str" : "1129787047416254464",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1129787047416254464",
    "created_at" : "Sat May 18 16:33:17 +0000 2019",
    "favorited" : false,
    "full_text" : "Contransmutationだけ満点であとは0点です",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "64" ],
    "favorite_count" : "0",
    "id_str" : "1129742443396685829",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1129742443396685829",
    "created_at" : "Sat May 18 13:36:02 +0000 2019",
    "favorited" : false,
    "full_text" : "ごみステーションの仕事させられたけど弥生だから人が少なかったのと委員の人が優しかった(駒場祭の時は高圧的な奴に当たってしまった)",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Person0032",
        "screen_name" : "23shunS",
        "indices" : [ "0", "8" ],
        "id_str" : "2906641094",
        "id" : "2906641094"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "29" ],
    "favorite_count" : "1",
    "in_reply_to_status_id_str" : "1128876919464718336",
    "id_str" : "1128877083013238784",
    "in_reply_to_user_id" : "2906641094",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1128877083013238784",
    "in_reply_to_status_id" : "1128876919464718336",
    "created_at" : "Thu May 16 04:17:24 +0000 2019",
    "favorited" : false,
    "full_text" : "@23shunS 前回さぼったから知らなかった\nありがとう",
    "lang" : "ja",
    "in_reply_to_screen_name" : "23shunS",
    "in_reply_to_user_id_str" : "2906641094"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "13" ],
    "favorite_count" : "0",
    "id_str" : "1128873398698819584",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1128873398698819584",
    "created_at" : "Thu May 16 04:02:46 +0000 2019",
    "favorited" : false,
    "full_text" : "教室に人がいないけど休講?",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "21" ],
    "favorite_count" : "0",
    "id_str" : "1128724918349078528",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1128724918349078528",
    "created_at" : "Wed May 15 18:12:45 +0000 2019",
    "favorited" : false,
    "full_text" : "やっぱり線型追試の単位基準厳しすぎると思う",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "20" ],
    "favorite_count" : "1",
    "id_str" : "1128651320238399494",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1128651320238399494",
    "created_at" : "Wed May 15 13:20:18 +0000 2019",
    "favorited" : false,
    "full_text" : "野球見ながら煮豚作ってたら吹きこぼれてた",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Person0033",
        "screen_name" : "mimomimoq",
        "indices" : [ "0", "10" ],
        "id_str" : "976603709793714176",
        "id" : "976603709793714176"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "16" ],
    "favorite_count" : "0",
    "in_reply_to_status_id_str" : "1128537645112369152",
    "id_str" : "1128539413699448837",
    "in_reply_to_user_id" : "976603709793714176",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1128539413699448837",
    "in_reply_to_status_id" : "1128537645112369152",
    "created_at" : "Wed May 15 05:55:38 +0000 2019",
    "favorited" : false,
    "full_text" : "@mimomimoq ありがとう",
    "lang" : "ja",
    "in_reply_to_screen_name" : "mimomimoq",
    "in_reply_to_user_id_str" : "976603709793714176"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "23" ],
    "favorite_count" : "1",
    "id_str" : "1128530936683884545",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1128530936683884545",
    "created_at" : "Wed May 15 05:21:57 +0000 2019",
    "favorited" : false,
    "full_text" : "もしかして24組で線型落としたの自分だけですか",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "16" ],
    "favorite_count" : "0",
    "id_str" : "1128529642602651648",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1128529642602651648",
    "created_at" : "Wed May 15 05:16:48 +0000 2019",
    "favorited" : false,
    "full_text" : "49不可ぐらいにしてくれないかな",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "48" ],
    "favorite_count" : "0",
    "id_str" : "1128528534702395393",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1128528534702395393",
    "created_at" : "Wed May 15 05:12:24 +0000 2019",
    "favorited" : false,
    "full_text" : "まあs2の負担は増えるけど点数が50に近ければ進振り的にはあまり変わらない\n点数いつ分かるんだろ",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Person0034",
        "screen_name" : "Micky__0125",
        "indices" : [ "0", "12" ],
        "id_str" : "970206547493072896",
        "id" : "970206547493072896"
      }, {
        "name" : "Person0033",
        "screen_name" : "mimomimoq",
        "indices" : [ "13", "23" ],
        "id_str" : "976603709793714176",
        "id" : "976603709793714176"
      }, {
        "name" : "Person0034",
        "screen_name" : "Micky__0125",
        "indices" : [ "67", "79" ],
        "id_str" : "970206547493072896",
        "id" : "970206547493072896"
      }, {
        "name" : "Person0033",
        "screen_name" : "mimomimoq",
        "indices" : [ "81", "91" ],
        "id_str" : "976603709793714176",
        "id" : "976603709793714176"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "91" ],
    "favorite_count" : "0",
    "in_reply_to_status_id_str" : "1128469275017003009",
    "id_str" : "1128525654591299585",
    "in_reply_to_user_id" : "970206547493072896",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1128525654591299585",
    "in_reply_to_status_id" : "1128469275017003009",
    "created_at" : "Wed May 15 05:00:57 +0000 2019",
    "favorited" : false,
    "full_text" : "@Micky__0125 @mimomimoq 成績状況確認→成績表(PDF)出力ボタン を押して出てくるpdfを見ればいいんだよね\n@Micky__0125 \n@mimomimoq",
    "lang" : "ja",
    "in_reply_to_screen_name" : "Micky__0125",
    "in_reply_to_user_id_str" : "970206547493072896"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "6" ],
    "favorite_count" : "8",
    "id_str" : "1128524400095940609",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1128524400095940609",
    "created_at" : "Wed May 15 04:55:58 +0000 2019",
    "favorited" : false,
    "full_text" : "線型落とした",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "3" ],
    "favorite_count" : "0",
    "id_str" : "1128368119418744832",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1128368119418744832",
    "created_at" : "Tue May 14 18:34:58 +0000 2019",
    "favorited" : false,
    "full_text" : "334",
    "lang" : "und"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "34" ],
    "favorite_count" : "0",
    "id_str" : "1127216143431692289",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1127216143431692289",
    "created_at" : "Sat May 11 14:17:25 +0000 2019",
    "favorited" : false,
    "full_text" : "EいまだにWJだけど手元で最大ケースを作ったらTLEしたから多分ダメ",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "23" ],
    "favorite_count" : "0",
    "id_str" : "1127180113227862017",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1127180113227862017",
    "created_at" : "Sat May 11 11:54:15 +0000 2019",
    "favorited" : false,
    "full_text" : "前回のコンテストで学年を2年にしたか自信がない",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "91" ],
    "favorite_count" : "2",
    "id_str" : "1126116864252235776",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1126116864252235776",
    "created_at" : "Wed May 08 13:29:17 +0000 2019",
    "favorited" : false,
    "full_text" : "誤タップでatcoder jobs開いたら今日の昼に新着メッセージが来てた\natcoder system mailが迷惑メールになったことがなかったからホワイトリストに入れてなかった",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "10" ],
    "favorite_count" : "0",
    "id_str" : "1124689332822990849",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1124689332822990849",
    "created_at" : "Sat May 04 14:56:47 +0000 2019",
    "favorited" : false,
    "full_text" : "highestが遠い",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ {
        "text" : "AtCoder",
        "indices" : [ "91", "99" ]
      } ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ {
        "url" : "https://t.co/ER7GbGQ1rW",
        "expanded_url" : "https://atcoder.jp/users/aaabbbcccddd/history/share/agc033?lang=ja",
        "display_url" : "atcoder.jp/users/aaabbbcc…",
        "indices" : [ "100", "123" ]
      } ]
    },
    "display_text_range" : [ "0", "123" ],
    "favorite_count" : "1",
    "id_str" : "1124687919837368320",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1124687919837368320",
    "possibly_sensitive" : false,
    "created_at" : "Sat May 04 14:51:10 +0000 2019",
    "favorited" : false,
    "full_text" : "aaabbbcccdddさんのAtCoder Grand Contest 033での成績：699位\nパフォーマンス：1581相当\nレーティング：1813→1791 (-22) :(\n#AtCoder https://t.co/ER7GbGQ1rW",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "44" ],
    "favorite_count" : "1",
    "id_str" : "1124684022930558976",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1124684022930558976",
    "created_at" : "Sat May 04 14:35:41 +0000 2019",
    "favorited" : false,
    "full_text" : "C:辺が1本しか生えてないやつを全部消すか1つだけ残して全部消すか\n直径思いつかなかった",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "24" ],
    "favorite_count" : "0",
    "id_str" : "1124683207163596801",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1124683207163596801",
    "created_at" : "Sat May 04 14:32:26 +0000 2019",
    "favorited" : false,
    "full_text" : "2完699位\nもう少し早く解けないといけなかった",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "52" ],
    "favorite_count" : "0",
    "id_str" : "1124682916070547457",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1124682916070547457",
    "created_at" : "Sat May 04 14:31:17 +0000 2019",
    "favorited" : false,
    "full_text" : "無駄に4ペナした(手元の実行とatcoder上の結果が違ったのでサンプルがあってないのに気づかなかった)",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "7" ],
    "favorite_count" : "0",
    "id_str" : "1124547319439904768",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1124547319439904768",
    "created_at" : "Sat May 04 05:32:28 +0000 2019",
    "favorited" : false,
    "full_text" : "テレビ映らない",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Person0035",
        "screen_name" : "334_Ranker",
        "indices" : [ "0", "11" ],
        "id_str" : "4212336014",
        "id" : "4212336014"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "13" ],
    "favorite_count" : "0",
    "in_reply_to_status_id_str" : "1123294837724319751",
    "id_str" : "1123295571257651200",
    "in_reply_to_user_id" : "4212336014",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1123295571257651200",
    "in_reply_to_status_id" : "1123294837724319751",
    "created_at" : "Tue Apr 30 18:38:28 +0000 2019",
    "favorited" : false,
    "full_text" : "@334_Ranker あ",
    "lang" : "ja",
    "in_reply_to_screen_name" : "334_Ranker",
    "in_reply_to_user_id_str" : "4212336014"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "32" ],
    "favorite_count" : "0",
    "id_str" : "1123295415481192448",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1123295415481192448",
    "created_at" : "Tue Apr 30 18:37:51 +0000 2019",
    "favorited" : false,
    "full_text" : "macの日付と時刻を見ながらやったのになんで5秒以上遅れたんだろ",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "49" ],
    "favorite_count" : "1",
    "in_reply_to_status_id_str" : "1131916980569559042",
    "id_str" : "1131917268051345413",
    "in_reply_to_user_id" : "4688937990",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1131917268051345413",
    "in_reply_to_status_id" : "1131916980569559042",
    "created_at" : "Fri May 24 13:38:01 +0000 2019",
    "favorited" : false,
    "full_text" : ".dataセクションの変数を1つずつ.bssセクションに移してdumpbinを見ながらデバッグした",
    "lang" : "ja",
    "in_reply_to_screen_name" : "E31415926",
    "in_reply_to_user_id_str" : "4688937990"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "202" ],
    "favorite_count" : "1",
    "id_str" : "1131916980569559042",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1131916980569559042",
    "created_at" : "Fri May 24 13:36:52 +0000 2019",
    "favorited" : false,
    "full_text" : "mov r8, [num]と書くべきところをmov r8, numと書いてしまったらアセンブラは何も警告してくれずリンカにRelocation type ADDR32 is invalid without /LARGEADDRESSAWARE:NO, for symbol '.data'.とかいう謎のエラーを吐かれた\n/LARGEADDRESSAWARE:NOをつけても(リンカは通るけど)動かなかった",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "user_mentions" : [ ],
      "urls" : [ ],
      "symbols" : [ ],
      "media" : [ {
        "expanded_url" : "https://twitter.com/E31415926/status/1130491416801566721/photo/1",
        "indices" : [ "0", "23" ],
        "url" : "https://t.co/gLkjsqABFk",
        "media_url" : "http://pbs.twimg.com/media/D7BP8ppUEAAptNy.jpg",
        "id_str" : "1130491409859874816",
        "id" : "1130491409859874816",
        "media_url_https" : "https://pbs.twimg.com/media/D7BP8ppUEAAptNy.jpg",
        "sizes" : {
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "large" : {
            "w" : "1080",
            "h" : "1920",
            "resize" : "fit"
          },
          "medium" : {
            "w" : "675",
            "h" : "1200",
            "resize" : "fit"
          },
          "small" : {
            "w" : "383",
            "h" : "680",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/gLkjsqABFk"
      } ],
      "hashtags" : [ ]
    },
    "display_text_range" : [ "0", "23" ],
    "favorite_count" : "4",
    "id_str" : "1130491416801566721",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1130491416801566721",
    "possibly_sensitive" : false,
    "created_at" : "Mon May 20 15:12:11 +0000 2019",
    "favorited" : false,
    "full_text" : "https://t.co/gLkjsqABFk",
    "lang" : "und",
    "extended_entities" : {
      "media" : [ {
        "expanded_url" : "https://twitter.com/E31415926/status/1130491416801566721/photo/1",
        "indices" : [ "0", "23" ],
        "url" : "https://t.co/gLkjsqABFk",
        "media_url" : "http://pbs.twimg.com/media/D7BP8ppUEAAptNy.jpg",
        "id_str" : "1130491409859874816",
        "id" : "1130491409859874816",
        "media_url_https" : "https://pbs.twimg.com/media/D7BP8ppUEAAptNy.jpg",
        "sizes" : {
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "large" : {
            "w" : "1080",
            "h" : "1920",
            "resize" : "fit"
          },
          "medium" : {
            "w" : "675",
            "h" : "1200",
            "resize" : "fit"
          },
          "small" : {
            "w" : "383",
            "h" : "680",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/gLkjsqABFk"
      } ]
    }
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "11" ],
    "favorite_count" : "1",
    "id_str" : "1130490873773404161",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1130490873773404161",
    "created_at" : "Mon May 20 15:10:02 +0000 2019",
    "favorited" : false,
    "full_text" : "pcの方風船が飛ばない",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Person0036",
        "screen_name" : "azaika_",
        "indices" : [ "0", "8" ],
        "id_str" : "2348245207",
        "id" : "2348245207"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "19" ],
    "favorite_count" : "0",
    "in_reply_to_status_id_str" : "1130488772565454848",
    "id_str" : "1130488890668642304",
    "in_reply_to_user_id" : "2348245207",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1130488890668642304",
    "in_reply_to_status_id" : "1130488772565454848",
    "created_at" : "Mon May 20 15:02:09 +0000 2019",
    "favorited" : false,
    "full_text" : "@azaika_ ありがとうございます",
    "lang" : "ja",
    "in_reply_to_screen_name" : "azaika_",
    "in_reply_to_user_id_str" : "2348245207"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "3" ],
    "favorite_count" : "0",
    "id_str" : "1130488588800385024",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1130488588800385024",
    "created_at" : "Mon May 20 15:00:57 +0000 2019",
    "favorited" : false,
    "full_text" : "二十歳",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "5" ],
    "favorite_count" : "0",
    "in_reply_to_status_id_str" : "1130488342745718784",
    "id_str" : "1130488402774638593",
    "in_reply_to_user_id" : "4688937990",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1130488402774638593",
    "in_reply_to_status_id" : "1130488342745718784",
    "created_at" : "Mon May 20 15:00:13 +0000 2019",
    "favorited" : false,
    "full_text" : "フライング",
    "lang" : "ja",
    "in_reply_to_screen_name" : "E31415926",
    "in_reply_to_user_id_str" : "4688937990"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "3" ],
    "favorite_count" : "3",
    "id_str" : "1130488342745718784",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1130488342745718784",
    "created_at" : "Mon May 20 14:59:59 +0000 2019",
    "favorited" : false,
    "full_text" : "20歳",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "16" ],
    "favorite_count" : "0",
    "id_str" : "1130432887415660544",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1130432887415660544",
    "created_at" : "Mon May 20 11:19:37 +0000 2019",
    "favorited" : false,
    "full_text" : "発送できないならもっと早く言って",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "42" ],
    "favorite_count" : "2",
    "id_str" : "1130432601846558722",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1130432601846558722",
    "created_at" : "Mon May 20 11:18:29 +0000 2019",
    "favorited" : false,
    "full_text" : "oculus quest明日が誕生日だからギフトラッピングにしたのにamazonさん",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "19" ],
    "favorite_count" : "1",
    "id_str" : "1130151473579380736",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1130151473579380736",
    "created_at" : "Sun May 19 16:41:23 +0000 2019",
    "favorited" : false,
    "full_text" : "24時間後には二十歳になってるの非自明",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "18" ],
    "favorite_count" : "1",
    "id_str" : "1130133957318549504",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1130133957318549504",
    "created_at" : "Sun May 19 15:31:46 +0000 2019",
    "favorited" : false,
    "full_text" : "ついでにパフォ2400も初めてだった",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "30" ],
    "favorite_count" : "2",
    "id_str" : "1130132856670343168",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1130132856670343168",
    "created_at" : "Sun May 19 15:27:24 +0000 2019",
    "favorited" : false,
    "full_text" : "8ヶ月前から更新できてないhighestを更新したはずだった",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "28" ],
    "favorite_count" : "2",
    "id_str" : "1130132393367498752",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1130132393367498752",
    "created_at" : "Sun May 19 15:25:34 +0000 2019",
    "favorited" : false,
    "full_text" : "ジャッジ詰まる前に全完してレート対象者順位4位だったのに",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "62" ],
    "favorite_count" : "1",
    "id_str" : "1130129834632310784",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1130129834632310784",
    "created_at" : "Sun May 19 15:15:24 +0000 2019",
    "favorited" : false,
    "full_text" : "keymoonさんの出してくれた情報によると1791 -&gt; 1869(+78) highest (perf.2400)",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "3" ],
    "favorite_count" : "1",
    "id_str" : "1130114418275115008",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1130114418275115008",
    "created_at" : "Sun May 19 14:14:08 +0000 2019",
    "favorited" : false,
    "full_text" : "502",
    "lang" : "und"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "47" ],
    "favorite_count" : "0",
    "id_str" : "1130102298749702146",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1130102298749702146",
    "created_at" : "Sun May 19 13:25:58 +0000 2019",
    "favorited" : false,
    "full_text" : "前回は+9か-9か忘れたけどどっちかだったからどうでもよかったけど今回はratedにして欲しい",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "32" ],
    "favorite_count" : "0",
    "id_str" : "1130101257757122560",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1130101257757122560",
    "created_at" : "Sun May 19 13:21:50 +0000 2019",
    "favorited" : false,
    "full_text" : "どういう状況なのか見たいけど順位表見たら負荷をかけそうだから我慢",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "48" ],
    "favorite_count" : "1",
    "id_str" : "1130100251237408769",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1130100251237408769",
    "created_at" : "Sun May 19 13:17:50 +0000 2019",
    "favorited" : false,
    "full_text" : "なんかジャッジが遅いと言ってる人がいるけど大丈夫かな\nかなり温まってるからratedにして欲しい",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "34" ],
    "favorite_count" : "0",
    "id_str" : "1130091084061728769",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1130091084061728769",
    "created_at" : "Sun May 19 12:41:25 +0000 2019",
    "favorited" : false,
    "full_text" : "0ペナなので25位確定のはず\nrated内4位\n1枚目に入りたかった",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "2" ],
    "favorite_count" : "0",
    "id_str" : "1130090667617603586",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1130090667617603586",
    "created_at" : "Sun May 19 12:39:45 +0000 2019",
    "favorited" : false,
    "full_text" : "全完",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "32" ],
    "favorite_count" : "0",
    "id_str" : "1129800978495000578",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1129800978495000578",
    "created_at" : "Sat May 18 17:28:38 +0000 2019",
    "favorited" : false,
    "full_text" : "1年に一回しかないGCJでDを通しながらaを通せずTシャツを逃す",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "52" ],
    "favorite_count" : "0",
    "id_str" : "1129789750888370176",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1129789750888370176",
    "created_at" : "Sat May 18 16:44:01 +0000 2019",
    "favorited" : false,
    "full_text" : "Dに時間かけすぎたけど残り45分で部分点のないインタラクティブは選択ミス\nでもa smallが分からない",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "40" ],
    "favorite_count" : "1",
    "id_str" : "1129789303112863745",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1129789303112863745",
    "created_at" : "Sat May 18 16:42:14 +0000 2019",
    "favorited" : false,
    "full_text" : "全部見たけどD(Contransmutation)が一番簡単そうに見えてしまった",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "12" ],
    "favorite_count" : "1",
    "id_str" : "1129788448812912640",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1129788448812912640",
    "created_at" : "Sat May 18 16:38:51 +0000 2019",
    "favorited" : false,
    "full_text" : "もう順位表動きそうにない",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "14" ],
    "favorite_count" : "1",
    "id_str" : "1135813803721912320",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1135813803721912320",
    "created_at" : "Tue Jun 04 07:41:27 +0000 2019",
    "favorited" : false,
    "full_text" : "(勉強時間の割に)結構できた",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "21" ],
    "favorite_count" : "1",
    "id_str" : "1135787090312982528",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1135787090312982528",
    "created_at" : "Tue Jun 04 05:55:18 +0000 2019",
    "favorited" : false,
    "full_text" : "これ終わったらoculus quest開封",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "34" ],
    "favorite_count" : "0",
    "id_str" : "1135757915397140480",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1135757915397140480",
    "created_at" : "Tue Jun 04 03:59:23 +0000 2019",
    "favorited" : false,
    "full_text" : "まだ何もしてないけどあと二時間で最低でも演習問題を丸暗記しないと死ぬ",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "34" ],
    "favorite_count" : "4",
    "id_str" : "1135742386619932672",
    "truncated" : false,
    "retweet_count" : "1",
    "id" : "1135742386619932672",
    "created_at" : "Tue Jun 04 02:57:40 +0000 2019",
    "favorited" : false,
    "full_text" : "ソフトクリーム食べてたら下から垂れてきた\nコーンに穴でも空いてたのか",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "3" ],
    "favorite_count" : "0",
    "id_str" : "1135626491763363840",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1135626491763363840",
    "created_at" : "Mon Jun 03 19:17:09 +0000 2019",
    "favorited" : false,
    "full_text" : "起きた",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "7" ],
    "favorite_count" : "0",
    "id_str" : "1135484185978630145",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1135484185978630145",
    "created_at" : "Mon Jun 03 09:51:40 +0000 2019",
    "favorited" : false,
    "full_text" : "とりあえず寝る",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "21" ],
    "favorite_count" : "1",
    "id_str" : "1135473720678477824",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1135473720678477824",
    "created_at" : "Mon Jun 03 09:10:05 +0000 2019",
    "favorited" : false,
    "full_text" : "そういえばもうすぐS2ということは線型再履",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "2" ],
    "favorite_count" : "0",
    "id_str" : "1135291425858379776",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1135291425858379776",
    "created_at" : "Sun Jun 02 21:05:43 +0000 2019",
    "favorited" : false,
    "full_text" : "寝る",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ {
        "url" : "https://t.co/IXc5G4cLQt",
        "expanded_url" : "https://twitter.com/E31415926/status/1089490752957165568",
        "display_url" : "twitter.com/E31415926/stat…",
        "indices" : [ "20", "43" ]
      } ]
    },
    "display_text_range" : [ "0", "43" ],
    "favorite_count" : "2",
    "id_str" : "1135153989803077632",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1135153989803077632",
    "possibly_sensitive" : false,
    "created_at" : "Sun Jun 02 11:59:35 +0000 2019",
    "favorited" : false,
    "full_text" : "これ結局単位落としたのでAGCはでない https://t.co/IXc5G4cLQt",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ {
        "text" : "AtCoder",
        "indices" : [ "102", "110" ]
      } ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ {
        "url" : "https://t.co/NFTkPpYgec",
        "expanded_url" : "https://atcoder.jp/users/aaabbbcccddd/history/share/m-solutions2019?lang=ja",
        "display_url" : "atcoder.jp/users/aaabbbcc…",
        "indices" : [ "111", "134" ]
      } ]
    },
    "display_text_range" : [ "0", "134" ],
    "favorite_count" : "1",
    "id_str" : "1134828731367927818",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1134828731367927818",
    "possibly_sensitive" : false,
    "created_at" : "Sat Jun 01 14:27:08 +0000 2019",
    "favorited" : false,
    "full_text" : "aaabbbcccdddさんのM-SOLUTIONS プロコンオープンでの成績：141位\nパフォーマンス：2292相当\nレーティング：1831→1887 (+56) :)\nHighestを更新しました！\n#AtCoder https://t.co/NFTkPpYgec",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "16" ],
    "favorite_count" : "0",
    "id_str" : "1134823342291148801",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1134823342291148801",
    "created_at" : "Sat Jun 01 14:05:43 +0000 2019",
    "favorited" : false,
    "full_text" : "もうちょっと早くググればよかった",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "19" ],
    "favorite_count" : "0",
    "id_str" : "1134822863536443393",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1134822863536443393",
    "created_at" : "Sat Jun 01 14:03:49 +0000 2019",
    "favorited" : false,
    "full_text" : "Cもうちょっとで解けた\nあと5分あれば",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "7" ],
    "favorite_count" : "1",
    "in_reply_to_status_id_str" : "1134821943360643073",
    "id_str" : "1134822288895881217",
    "in_reply_to_user_id" : "4688937990",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1134822288895881217",
    "in_reply_to_status_id" : "1134821943360643073",
    "created_at" : "Sat Jun 01 14:01:32 +0000 2019",
    "favorited" : false,
    "full_text" : "これがEの解法",
    "lang" : "ja",
    "in_reply_to_screen_name" : "E31415926",
    "in_reply_to_user_id_str" : "4688937990"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ {
        "url" : "https://t.co/hEnrCrzCuD",
        "expanded_url" : "https://detail.chiebukuro.yahoo.co.jp/qa/question_detail/q109446385",
        "display_url" : "detail.chiebukuro.yahoo.co.jp/qa/question_de…",
        "indices" : [ "0", "23" ]
      } ]
    },
    "display_text_range" : [ "0", "23" ],
    "favorite_count" : "2",
    "id_str" : "1134821943360643073",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1134821943360643073",
    "possibly_sensitive" : false,
    "created_at" : "Sat Jun 01 14:00:09 +0000 2019",
    "favorited" : false,
    "full_text" : "https://t.co/hEnrCrzCuD",
    "lang" : "und"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "27" ],
    "favorite_count" : "1",
    "id_str" : "1134222201530359808",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1134222201530359808",
    "created_at" : "Thu May 30 22:17:00 +0000 2019",
    "favorited" : false,
    "full_text" : "とりあえず物理実験のノート終わり\n起きて時間あれば直す",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "30" ],
    "favorite_count" : "1",
    "id_str" : "1134184870115078144",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1134184870115078144",
    "created_at" : "Thu May 30 19:48:39 +0000 2019",
    "favorited" : false,
    "full_text" : "物理実験の考察が終わらない\n何も理解してないから何も書けない",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "29" ],
    "favorite_count" : "1",
    "id_str" : "1133963976155381763",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1133963976155381763",
    "created_at" : "Thu May 30 05:10:54 +0000 2019",
    "favorited" : false,
    "full_text" : "oculus quest届いた\n試験が終わるまで開封しない",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "user_mentions" : [ ],
      "urls" : [ ],
      "symbols" : [ ],
      "media" : [ {
        "expanded_url" : "https://twitter.com/E31415926/status/1133048533223743488/photo/1",
        "indices" : [ "14", "37" ],
        "url" : "https://t.co/hJIXH16MmC",
        "media_url" : "http://pbs.twimg.com/media/D7llol4UEAAw9vH.jpg",
        "id_str" : "1133048529297870848",
        "id" : "1133048529297870848",
        "media_url_https" : "https://pbs.twimg.com/media/D7llol4UEAAw9vH.jpg",
        "sizes" : {
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "small" : {
            "w" : "680",
            "h" : "99",
            "resize" : "fit"
          },
          "large" : {
            "w" : "2006",
            "h" : "292",
            "resize" : "fit"
          },
          "medium" : {
            "w" : "1200",
            "h" : "175",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/hJIXH16MmC"
      } ],
      "hashtags" : [ ]
    },
    "display_text_range" : [ "0", "37" ],
    "favorite_count" : "4",
    "id_str" : "1133048533223743488",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1133048533223743488",
    "possibly_sensitive" : false,
    "created_at" : "Mon May 27 16:33:16 +0000 2019",
    "favorited" : false,
    "full_text" : "開会式のA席(30万)など https://t.co/hJIXH16MmC",
    "lang" : "ja",
    "extended_entities" : {
      "media" : [ {
        "expanded_url" : "https://twitter.com/E31415926/status/1133048533223743488/photo/1",
        "indices" : [ "14", "37" ],
        "url" : "https://t.co/hJIXH16MmC",
        "media_url" : "http://pbs.twimg.com/media/D7llol4UEAAw9vH.jpg",
        "id_str" : "1133048529297870848",
        "id" : "1133048529297870848",
        "media_url_https" : "https://pbs.twimg.com/media/D7llol4UEAAw9vH.jpg",
        "sizes" : {
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "small" : {
            "w" : "680",
            "h" : "99",
            "resize" : "fit"
          },
          "large" : {
            "w" : "2006",
            "h" : "292",
            "resize" : "fit"
          },
          "medium" : {
            "w" : "1200",
            "h" : "175",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/hJIXH16MmC"
      } ]
    }
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "42" ],
    "favorite_count" : "1",
    "id_str" : "1132857887431073792",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1132857887431073792",
    "created_at" : "Mon May 27 03:55:42 +0000 2019",
    "favorited" : false,
    "full_text" : "oculus questのケースだけ届いた\n本体も今週末には届いてるはず(s1試験)",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ {
        "text" : "AtCoder",
        "indices" : [ "93", "101" ]
      } ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ {
        "url" : "https://t.co/TvRvm3DCpF",
        "expanded_url" : "https://atcoder.jp/users/aaabbbcccddd/history/share/abc128?lang=ja",
        "display_url" : "atcoder.jp/users/aaabbbcc…",
        "indices" : [ "102", "125" ]
      } ]
    },
    "display_text_range" : [ "0", "137" ],
    "favorite_count" : "0",
    "id_str" : "1132652594956886017",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1132652594956886017",
    "possibly_sensitive" : false,
    "created_at" : "Sun May 26 14:19:56 +0000 2019",
    "favorited" : false,
    "full_text" : "aaabbbcccdddさんのAtCoder Beginner Contest 128での成績：321位\nパフォーマンス：1862相当\nレーティング：1827→1831 (+4) :)\n#AtCoder https://t.co/TvRvm3DCpF\nhighestに並んだ",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "18" ],
    "favorite_count" : "0",
    "id_str" : "1132645775467376641",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1132645775467376641",
    "created_at" : "Sun May 26 13:52:51 +0000 2019",
    "favorited" : false,
    "full_text" : "あと20分ぐらいあればFも通せたかな",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "42" ],
    "favorite_count" : "0",
    "id_str" : "1132643508521537536",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1132643508521537536",
    "created_at" : "Sun May 26 13:43:50 +0000 2019",
    "favorited" : false,
    "full_text" : "E:手元とAtCoder上で結果が違ったのでサンプルも落ちた。こういう時は配列外参照",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "27" ],
    "favorite_count" : "0",
    "id_str" : "1132643152710344707",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1132643152710344707",
    "created_at" : "Sun May 26 13:42:25 +0000 2019",
    "favorited" : false,
    "full_text" : "D:4ケースWA→1ケースWA→AC\n残り6分で通せた",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "27" ],
    "favorite_count" : "0",
    "id_str" : "1132642895368839168",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1132642895368839168",
    "created_at" : "Sun May 26 13:41:24 +0000 2019",
    "favorited" : false,
    "full_text" : "E:座圧とセグ木で殴る\n時間を取られるのでFはできない",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
    "entities" : {
      "hashtags" : [ {
        "text" : "AtCoder",
        "indices" : [ "94", "102" ]
      } ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ {
        "url" : "https://t.co/uWnmdSCQYo",
        "expanded_url" : "https://atcoder.jp/users/aaabbbcccddd/history/share/abc127?lang=ja",
        "display_url" : "atcoder.jp/users/aaabbbcc…",
        "indices" : [ "103", "126" ]
      } ]
    },
    "display_text_range" : [ "0", "157" ],
    "favorite_count" : "3",
    "id_str" : "1132289754492329985",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1132289754492329985",
    "possibly_sensitive" : false,
    "created_at" : "Sat May 25 14:18:09 +0000 2019",
    "favorited" : false,
    "full_text" : "aaabbbcccdddさんのAtCoder Beginner Contest 127での成績：146位\nパフォーマンス：2106相当\nレーティング：1791→1827 (+36) :)\n#AtCoder https://t.co/uWnmdSCQYo\nhighestまであと4(本当は前回更新したはずだったのに)",
    "lang" : "ja"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "24" ],
    "favorite_count" : "0",
    "in_reply_to_status_id_str" : "1138461580339945479",
    "id_str" : "1138800553285128196",
    "in_reply_to_user_id" : "4688937990",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1138800553285128196",
    "in_reply_to_status_id" : "1138461580339945479",
    "created_at" : "Wed Jun 12 13:29:44 +0000 2019",
    "favorited" : false,
    "full_text" : "還元関数を変えたらよくなったけど理由がわからない",
    "lang" : "ja",
    "in_reply_to_screen_name" : "E31415926",
    "in_reply_to_user_id_str" : "4688937990"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "47" ],
    "favorite_count" : "1",
    "in_reply_to_status_id_str" : "1138406383244664832",
    "id_str" : "1138461580339945479",
    "in_reply_to_user_id" : "4688937990",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1138461580339945479",
    "in_reply_to_status_id" : "1138406383244664832",
    "created_at" : "Tue Jun 11 15:02:47 +0000 2019",
    "favorited" : false,
    "full_text" : "参考にした資料のソースコードがリンク切れだったけどなんとか移転先のサイトを見つけ出したから検証",
    "lang" : "ja",
    "in_reply_to_screen_name" : "E31415926",
    "in_reply_to_user_id_str" : "4688937990"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "20" ],
    "favorite_count" : "1",
    "in_reply_to_status_id_str" : "1138141784498888706",
    "id_str" : "1138406383244664832",
    "in_reply_to_user_id" : "4688937990",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1138406383244664832",
    "in_reply_to_status_id" : "1138141784498888706",
    "created_at" : "Tue Jun 11 11:23:26 +0000 2019",
    "favorited" : false,
    "full_text" : "343/700=49%\n低すぎる気がする",
    "lang" : "ja",
    "in_reply_to_screen_name" : "E31415926",
    "in_reply_to_user_id_str" : "4688937990"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "109" ],
    "favorite_count" : "1",
    "in_reply_to_status_id_str" : "1136989632044752896",
    "id_str" : "1138141784498888706",
    "in_reply_to_user_id" : "4688937990",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1138141784498888706",
    "in_reply_to_status_id" : "1136989632044752896",
    "created_at" : "Mon Jun 10 17:52:01 +0000 2019",
    "favorited" : false,
    "full_text" : "62種(大文字小文字数字)5文字のパスワード\nチェーン数4百万チェーン長3000でテーブル生成時間約20分(8スレッド並列)\n解読時間15秒以下\n5つ試して3つは見つかったから網羅率60%(さすがにもう少し試さないと)",
    "lang" : "ja",
    "in_reply_to_screen_name" : "E31415926",
    "in_reply_to_user_id_str" : "4688937990"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "57" ],
    "favorite_count" : "0",
    "id_str" : "1138126235152764933",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1138126235152764933",
    "created_at" : "Mon Jun 10 16:50:14 +0000 2019",
    "favorited" : false,
    "full_text" : "必然性もないのにstatic変数を使ってたせいでopenmpで並列化した時にバグってなかなか原因を特定できなかった",
    "lang" : "ja"
  }
} ]