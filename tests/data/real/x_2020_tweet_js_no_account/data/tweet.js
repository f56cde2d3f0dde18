window.YTD.tweet.part0 = [ {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "user_mentions" : [ ],
      "urls" : [ ],
      "symbols" : [ ],
      "media" : [ {
        "expanded_url" : "https://twitter.com/LumenInferius/status/1221130902635458567/video/1",
        "indices" : [ "145", "168" ],
        "url" : "https://t.co/3mty6RE1PW",
        "media_url" : "http://pbs.twimg.com/ext_tw_video_thumb/1221130844460457987/pu/img/-Gp-sfHqLRRMCZ0g.jpg",
        "id_str" : "1221130844460457987",
        "id" : "1221130844460457987",
        "media_url_https" : "https://pbs.twimg.com/ext_tw_video_thumb/1221130844460457987/pu/img/-Gp-sfHqLRRMCZ0g.jpg",
        "sizes" : {
          "small" : {
            "w" : "680",
            "h" : "453",
            "resize" : "fit"
          },
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "medium" : {
            "w" : "1080",
            "h" : "720",
            "resize" : "fit"
          },
          "large" : {
            "w" : "1080",
            "h" : "720",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/3mty6RE1PW"
      } ],
      "hashtags" : [ {
        "text" : "screenshotsaturday",
        "indices" : [ "59", "78" ]
      }, {
        "text" : "indiegame",
        "indices" : [ "79", "89" ]
      }, {
        "text" : "gamedev",
        "indices" : [ "90", "98" ]
      }, {
        "text" : "madewithunity",
        "indices" : [ "99", "113" ]
      }, {
        "text" : "madewithspine",
        "indices" : [ "114", "128" ]
      }, {
        "text" : "lumeninferiush",
        "indices" : [ "129", "144" ]
      } ]
    },
    "display_text_range" : [ "0", "168" ],
    "favorite_count" : "35",
    "id_str" : "1221130902635458567",
    "truncated" : false,
    "retweet_count" : "6",
    "id" : "1221130902635458567",
    "possibly_sensitive" : false,
    "created_at" : "Sat Jan 25 18:01:09 +0000 2020",
    "favorited" : false,
    "full_text" : "Passing through the Cathedral will be quite a challenge... #screenshotsaturday #indiegame #gamedev #madewithunity #madewithspine #lumeninferiush https://t.co/3mty6RE1PW",
    "lang" : "en",
    "extended_entities" : {
      "media" : [ {
        "expanded_url" : "https://twitter.com/LumenInferius/status/1221130902635458567/video/1",
        "indices" : [ "145", "168" ],
        "url" : "https://t.co/3mty6RE1PW",
        "media_url" : "http://pbs.twimg.com/ext_tw_video_thumb/1221130844460457987/pu/img/-Gp-sfHqLRRMCZ0g.jpg",
        "id_str" : "1221130844460457987",
        "video_info" : {
          "aspect_ratio" : [ "3", "2" ],
          "duration_millis" : "3620",
          "variants" : [ {
            "bitrate" : "832000",
            "content_type" : "video/mp4",
            "url" : "https://video.twimg.com/ext_tw_video/1221130844460457987/pu/vid/540x360/P1JBvQD31DOpse7_.mp4?tag=10"
          }, {
            "bitrate" : "2176000",
            "content_type" : "video/mp4",
            "url" : "https://video.twimg.com/ext_tw_video/1221130844460457987/pu/vid/1080x720/Fds9gtycESeOfBa_.mp4?tag=10"
          }, {
            "bitrate" : "256000",
            "content_type" : "video/mp4",
            "url" : "https://video.twimg.com/ext_tw_video/1221130844460457987/pu/vid/404x270/-gHmMOuJo1vb1fUE.mp4?tag=10"
          }, {
            "content_type" : "application/x-mpegURL",
            "url" : "https://video.twimg.com/ext_tw_video/1221130844460457987/pu/pl/ZvgdhhdkjceMe3g6.m3u8?tag=10"
          } ]
        },
        "additional_media_info" : {
          "monetizable" : false
        },
        "id" : "1221130844460457987",
        "media_url_https" : "https://pbs.twimg.com/ext_tw_video_thumb/1221130844460457987/pu/img/-Gp-sfHqLRRMCZ0g.jpg",
        "sizes" : {
          "small" : {
            "w" : "680",
            "h" : "453",
            "resize" : "fit"
          },
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "medium" : {
            "w" : "1080",
            "h" : "720",
            "resize" : "fit"
          },
          "large" : {
            "w" : "1080",
            "h" : "720",
            "resize" : "fit"
          }
        },
        "type" : "video",
        "display_url" : "pic.twitter.com/3mty6RE1PW"
      } ]
    }
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
        "expanded_url" : "https://twitter.com/LumenInferius/status/1216043920800600064/video/1",
        "indices" : [ "129", "152" ],
        "url" : "https://t.co/2ElNLaiFfZ",
        "media_url" : "http://pbs.twimg.com/ext_tw_video_thumb/1216043767049936897/pu/img/GiEB8SYQlb81A9lt.jpg",
        "id_str" : "1216043767049936897",
        "id" : "1216043767049936897",
        "media_url_https" : "https://pbs.twimg.com/ext_tw_video_thumb/1216043767049936897/pu/img/GiEB8SYQlb81A9lt.jpg",
        "sizes" : {
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "large" : {
            "w" : "1152",
            "h" : "720",
            "resize" : "fit"
          },
          "small" : {
            "w" : "680",
            "h" : "425",
            "resize" : "fit"
          },
          "medium" : {
            "w" : "1152",
            "h" : "720",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/2ElNLaiFfZ"
      } ],
      "hashtags" : [ {
        "text" : "screenshotsaturday",
        "indices" : [ "44", "63" ]
      }, {
        "text" : "indiegame",
        "indices" : [ "64", "74" ]
      }, {
        "text" : "gamedev",
        "indices" : [ "75", "83" ]
      }, {
        "text" : "madewithunity",
        "indices" : [ "84", "98" ]
      }, {
        "text" : "madewithspine",
        "indices" : [ "99", "113" ]
      }, {
        "text" : "lumeninferius",
        "indices" : [ "114", "128" ]
      } ]
    },
    "display_text_range" : [ "0", "152" ],
    "favorite_count" : "47",
    "id_str" : "1216043920800600064",
    "truncated" : false,
    "retweet_count" : "12",
    "id" : "1216043920800600064",
    "possibly_sensitive" : false,
    "created_at" : "Sat Jan 11 17:07:18 +0000 2020",
    "favorited" : false,
    "full_text" : "Overcome using every tool in your arsenal.  #screenshotsaturday #indiegame #gamedev #madewithunity #madewithspine #lumeninferius https://t.co/2ElNLaiFfZ",
    "lang" : "en",
    "extended_entities" : {
      "media" : [ {
        "expanded_url" : "https://twitter.com/LumenInferius/status/1216043920800600064/video/1",
        "indices" : [ "129", "152" ],
        "url" : "https://t.co/2ElNLaiFfZ",
        "media_url" : "http://pbs.twimg.com/ext_tw_video_thumb/1216043767049936897/pu/img/GiEB8SYQlb81A9lt.jpg",
        "id_str" : "1216043767049936897",
        "video_info" : {
          "aspect_ratio" : [ "8", "5" ],
          "duration_millis" : "16000",
          "variants" : [ {
            "bitrate" : "2176000",
            "content_type" : "video/mp4",
            "url" : "https://video.twimg.com/ext_tw_video/1216043767049936897/pu/vid/1152x720/uMULk7vudHrBo-Tw.mp4?tag=10"
          }, {
            "bitrate" : "832000",
            "content_type" : "video/mp4",
            "url" : "https://video.twimg.com/ext_tw_video/1216043767049936897/pu/vid/576x360/Eqj7dub60574Lh3a.mp4?tag=10"
          }, {
            "bitrate" : "256000",
            "content_type" : "video/mp4",
            "url" : "https://video.twimg.com/ext_tw_video/1216043767049936897/pu/vid/432x270/nqUIX4JY7IzvxraO.mp4?tag=10"
          }, {
            "content_type" : "application/x-mpegURL",
            "url" : "https://video.twimg.com/ext_tw_video/1216043767049936897/pu/pl/o1cpJWBGf1951yQo.m3u8?tag=10"
          } ]
        },
        "additional_media_info" : {
          "monetizable" : false
        },
        "id" : "1216043767049936897",
        "media_url_https" : "https://pbs.twimg.com/ext_tw_video_thumb/1216043767049936897/pu/img/GiEB8SYQlb81A9lt.jpg",
        "sizes" : {
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "large" : {
            "w" : "1152",
            "h" : "720",
            "resize" : "fit"
          },
          "small" : {
            "w" : "680",
            "h" : "425",
            "resize" : "fit"
          },
          "medium" : {
            "w" : "1152",
            "h" : "720",
            "resize" : "fit"
          }
        },
        "type" : "video",
        "display_url" : "pic.twitter.com/2ElNLaiFfZ"
      } ]
    }
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
        "expanded_url" : "https://twitter.com/LumenInferius/status/1213390862329229313/video/1",
        "indices" : [ "124", "147" ],
        "url" : "https://t.co/alWYVqsr97",
        "media_url" : "http://pbs.twimg.com/ext_tw_video_thumb/1213390770759229440/pu/img/maJoMnxjWNsLl8E0.jpg",
        "id_str" : "1213390770759229440",
        "id" : "1213390770759229440",
        "media_url_https" : "https://pbs.twimg.com/ext_tw_video_thumb/1213390770759229440/pu/img/maJoMnxjWNsLl8E0.jpg",
        "sizes" : {
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "large" : {
            "w" : "1152",
            "h" : "720",
            "resize" : "fit"
          },
          "small" : {
            "w" : "680",
            "h" : "425",
            "resize" : "fit"
          },
          "medium" : {
            "w" : "1152",
            "h" : "720",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/alWYVqsr97"
      } ],
      "hashtags" : [ {
        "text" : "screenshotsaturday",
        "indices" : [ "39", "58" ]
      }, {
        "text" : "indiegame",
        "indices" : [ "59", "69" ]
      }, {
        "text" : "gamedev",
        "indices" : [ "70", "78" ]
      }, {
        "text" : "madewithunity",
        "indices" : [ "79", "93" ]
      }, {
        "text" : "madewithspine",
        "indices" : [ "94", "108" ]
      }, {
        "text" : "lumeninferius",
        "indices" : [ "109", "123" ]
      } ]
    },
    "display_text_range" : [ "0", "147" ],
    "favorite_count" : "45",
    "id_str" : "1213390862329229313",
    "truncated" : false,
    "retweet_count" : "9",
    "id" : "1213390862329229313",
    "possibly_sensitive" : false,
    "created_at" : "Sat Jan 04 09:24:59 +0000 2020",
    "favorited" : false,
    "full_text" : "A desolate village awaits your return. #screenshotsaturday #indiegame #gamedev #madewithunity #madewithspine #lumeninferius https://t.co/alWYVqsr97",
    "lang" : "en",
    "extended_entities" : {
      "media" : [ {
        "expanded_url" : "https://twitter.com/LumenInferius/status/1213390862329229313/video/1",
        "indices" : [ "124", "147" ],
        "url" : "https://t.co/alWYVqsr97",
        "media_url" : "http://pbs.twimg.com/ext_tw_video_thumb/1213390770759229440/pu/img/maJoMnxjWNsLl8E0.jpg",
        "id_str" : "1213390770759229440",
        "video_info" : {
          "aspect_ratio" : [ "8", "5" ],
          "duration_millis" : "8300",
          "variants" : [ {
            "content_type" : "application/x-mpegURL",
            "url" : "https://video.twimg.com/ext_tw_video/1213390770759229440/pu/pl/bw5DWbVFcBOkV5Ls.m3u8?tag=10"
          }, {
            "bitrate" : "256000",
            "content_type" : "video/mp4",
            "url" : "https://video.twimg.com/ext_tw_video/1213390770759229440/pu/vid/432x270/V-TOgcRgthrmiIBm.mp4?tag=10"
          }, {
            "bitrate" : "832000",
            "content_type" : "video/mp4",
            "url" : "https://video.twimg.com/ext_tw_video/1213390770759229440/pu/vid/576x360/jBRkQrq2U5J_GBpF.mp4?tag=10"
          }, {
            "bitrate" : "2176000",
            "content_type" : "video/mp4",
            "url" : "https://video.twimg.com/ext_tw_video/1213390770759229440/pu/vid/1152x720/fFoc-G4auZT3As1l.mp4?tag=10"
          } ]
        },
        "additional_media_info" : {
          "monetizable" : false
        },
        "id" : "1213390770759229440",
        "media_url_https" : "https://pbs.twimg.com/ext_tw_video_thumb/1213390770759229440/pu/img/maJoMnxjWNsLl8E0.jpg",
        "sizes" : {
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "large" : {
            "w" : "1152",
            "h" : "720",
            "resize" : "fit"
          },
          "small" : {
            "w" : "680",
            "h" : "425",
            "resize" : "fit"
          },
          "medium" : {
            "w" : "1152",
            "h" : "720",
            "resize" : "fit"
          }
        },
        "type" : "video",
        "display_url" : "pic.twitter.com/alWYVqsr97"
      } ]
    }
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
        "expanded_url" : "https://twitter.com/LumenInferius/status/1211215124444393472/video/1",
        "indices" : [ "124", "147" ],
        "url" : "https://t.co/wSmpUfDCio",
        "media_url" : "http://pbs.twimg.com/ext_tw_video_thumb/1211215081490571264/pu/img/NJgbdFLfeJ7AAVjt.jpg",
        "id_str" : "1211215081490571264",
        "id" : "1211215081490571264",
        "media_url_https" : "https://pbs.twimg.com/ext_tw_video_thumb/1211215081490571264/pu/img/NJgbdFLfeJ7AAVjt.jpg",
        "sizes" : {
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "large" : {
            "w" : "1152",
            "h" : "720",
            "resize" : "fit"
          },
          "small" : {
            "w" : "680",
            "h" : "425",
            "resize" : "fit"
          },
          "medium" : {
            "w" : "1152",
            "h" : "720",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/wSmpUfDCio"
      } ],
      "hashtags" : [ {
        "text" : "screenshotsaturday",
        "indices" : [ "39", "58" ]
      }, {
        "text" : "indiegame",
        "indices" : [ "59", "69" ]
      }, {
        "text" : "gamedev",
        "indices" : [ "70", "78" ]
      }, {
        "text" : "madewithunity",
        "indices" : [ "79", "93" ]
      }, {
        "text" : "madewithspine",
        "indices" : [ "94", "108" ]
      }, {
        "text" : "lumeninferius",
        "indices" : [ "109", "123" ]
      } ]
    },
    "display_text_range" : [ "0", "147" ],
    "favorite_count" : "97",
    "id_str" : "1211215124444393472",
    "truncated" : false,
    "retweet_count" : "12",
    "id" : "1211215124444393472",
    "possibly_sensitive" : false,
    "created_at" : "Sun Dec 29 09:19:23 +0000 2019",
    "favorited" : false,
    "full_text" : "It was too big to be called a sword... #screenshotsaturday #indiegame #gamedev #madewithunity #madewithspine #lumeninferius https://t.co/wSmpUfDCio",
    "lang" : "en",
    "extended_entities" : {
      "media" : [ {
        "expanded_url" : "https://twitter.com/LumenInferius/status/1211215124444393472/video/1",
        "indices" : [ "124", "147" ],
        "url" : "https://t.co/wSmpUfDCio",
        "media_url" : "http://pbs.twimg.com/ext_tw_video_thumb/1211215081490571264/pu/img/NJgbdFLfeJ7AAVjt.jpg",
        "id_str" : "1211215081490571264",
        "video_info" : {
          "aspect_ratio" : [ "8", "5" ],
          "duration_millis" : "4160",
          "variants" : [ {
            "bitrate" : "832000",
            "content_type" : "video/mp4",
            "url" : "https://video.twimg.com/ext_tw_video/1211215081490571264/pu/vid/576x360/JUTgvjOXjWNCoqI2.mp4?tag=10"
          }, {
            "content_type" : "application/x-mpegURL",
            "url" : "https://video.twimg.com/ext_tw_video/1211215081490571264/pu/pl/itLs59H6dYUw1FZm.m3u8?tag=10"
          }, {
            "bitrate" : "256000",
            "content_type" : "video/mp4",
            "url" : "https://video.twimg.com/ext_tw_video/1211215081490571264/pu/vid/432x270/eHBuZEJM6fLmALV6.mp4?tag=10"
          }, {
            "bitrate" : "2176000",
            "content_type" : "video/mp4",
            "url" : "https://video.twimg.com/ext_tw_video/1211215081490571264/pu/vid/1152x720/gIOFsSclqbt1Irkd.mp4?tag=10"
          } ]
        },
        "additional_media_info" : {
          "monetizable" : false
        },
        "id" : "1211215081490571264",
        "media_url_https" : "https://pbs.twimg.com/ext_tw_video_thumb/1211215081490571264/pu/img/NJgbdFLfeJ7AAVjt.jpg",
        "sizes" : {
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "large" : {
            "w" : "1152",
            "h" : "720",
            "resize" : "fit"
          },
          "small" : {
            "w" : "680",
            "h" : "425",
            "resize" : "fit"
          },
          "medium" : {
            "w" : "1152",
            "h" : "720",
            "resize" : "fit"
          }
        },
        "type" : "video",
        "display_url" : "pic.twitter.com/wSmpUfDCio"
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
        "name" : "Person0001",
        "screen_name" : "SquireofTwitch",
        "indices" : [ "0", "15" ],
        "id_str" : "772053892225966080",
        "id" : "772053892225966080"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "24" ],
    "favorite_count" : "1",
    "in_reply_to_status_id_str" : "1208375591025758209",
    "id_str" : "1208381411750809600",
    "in_reply_to_user_id" : "772053892225966080",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1208381411750809600",
    "in_reply_to_status_id" : "1208375591025758209",
    "created_at" : "Sat Dec 21 13:39:13 +0000 2019",
    "favorited" : false,
    "full_text" : "@SquireofTwitch why not?",
    "lang" : "en",
    "in_reply_to_screen_name" : "SquireofTwitch",
    "in_reply_to_user_id_str" : "772053892225966080"
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
        "expanded_url" : "https://twitter.com/LumenInferius/status/1208374753146417152/video/1",
        "indices" : [ "108", "131" ],
        "url" : "https://t.co/OxU5bf8BTN",
        "media_url" : "http://pbs.twimg.com/ext_tw_video_thumb/1208374697919950848/pu/img/y11SOyVv0CQ9ZbUE.jpg",
        "id_str" : "1208374697919950848",
        "id" : "1208374697919950848",
        "media_url_https" : "https://pbs.twimg.com/ext_tw_video_thumb/1208374697919950848/pu/img/y11SOyVv0CQ9ZbUE.jpg",
        "sizes" : {
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "medium" : {
            "w" : "988",
            "h" : "720",
            "resize" : "fit"
          },
          "small" : {
            "w" : "680",
            "h" : "496",
            "resize" : "fit"
          },
          "large" : {
            "w" : "988",
            "h" : "720",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/OxU5bf8BTN"
      } ],
      "hashtags" : [ {
        "text" : "screenshotsaturday",
        "indices" : [ "23", "42" ]
      }, {
        "text" : "indiegame",
        "indices" : [ "43", "53" ]
      }, {
        "text" : "gamedev",
        "indices" : [ "54", "62" ]
      }, {
        "text" : "madewithunity",
        "indices" : [ "63", "77" ]
      }, {
        "text" : "madewithspine",
        "indices" : [ "78", "92" ]
      }, {
        "text" : "lumeninferius",
        "indices" : [ "93", "107" ]
      } ]
    },
    "display_text_range" : [ "0", "131" ],
    "favorite_count" : "69",
    "id_str" : "1208374753146417152",
    "truncated" : false,
    "retweet_count" : "18",
    "id" : "1208374753146417152",
    "possibly_sensitive" : false,
    "created_at" : "Sat Dec 21 13:12:46 +0000 2019",
    "favorited" : false,
    "full_text" : "Tweaking animations... #screenshotsaturday #indiegame #gamedev #madewithunity #madewithspine #lumeninferius https://t.co/OxU5bf8BTN",
    "lang" : "en",
    "extended_entities" : {
      "media" : [ {
        "expanded_url" : "https://twitter.com/LumenInferius/status/1208374753146417152/video/1",
        "indices" : [ "108", "131" ],
        "url" : "https://t.co/OxU5bf8BTN",
        "media_url" : "http://pbs.twimg.com/ext_tw_video_thumb/1208374697919950848/pu/img/y11SOyVv0CQ9ZbUE.jpg",
        "id_str" : "1208374697919950848",
        "video_info" : {
          "aspect_ratio" : [ "247", "180" ],
          "duration_millis" : "7700",
          "variants" : [ {
            "bitrate" : "832000",
            "content_type" : "video/mp4",
            "url" : "https://video.twimg.com/ext_tw_video/1208374697919950848/pu/vid/494x360/TE6TNFMA6rzZxXaY.mp4?tag=10"
          }, {
            "bitrate" : "2176000",
            "content_type" : "video/mp4",
            "url" : "https://video.twimg.com/ext_tw_video/1208374697919950848/pu/vid/988x720/0i1lx5ctWDsdqYnv.mp4?tag=10"
          }, {
            "content_type" : "application/x-mpegURL",
            "url" : "https://video.twimg.com/ext_tw_video/1208374697919950848/pu/pl/1rJfZSUMGYwKpxBI.m3u8?tag=10"
          }, {
            "bitrate" : "256000",
            "content_type" : "video/mp4",
            "url" : "https://video.twimg.com/ext_tw_video/1208374697919950848/pu/vid/370x270/2caNRCEuZ8Ll-kiM.mp4?tag=10"
          } ]
        },
        "additional_media_info" : {
          "monetizable" : false
        },
        "id" : "1208374697919950848",
        "media_url_https" : "https://pbs.twimg.com/ext_tw_video_thumb/1208374697919950848/pu/img/y11SOyVv0CQ9ZbUE.jpg",
        "sizes" : {
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "medium" : {
            "w" : "988",
            "h" : "720",
            "resize" : "fit"
          },
          "small" : {
            "w" : "680",
            "h" : "496",
            "resize" : "fit"
          },
          "large" : {
            "w" : "988",
            "h" : "720",
            "resize" : "fit"
          }
        },
        "type" : "video",
        "display_url" : "pic.twitter.com/OxU5bf8BTN"
      } ]
    }
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
        "expanded_url" : "https://twitter.com/LumenInferius/status/1200775633598664704/photo/1",
        "indices" : [ "108", "131" ],
        "url" : "https://t.co/kUGFJM6QDL",
        "media_url" : "http://pbs.twimg.com/tweet_video_thumb/EKoDCcJXUAA4yrw.jpg",
        "id_str" : "1200775591097749504",
        "id" : "1200775591097749504",
        "media_url_https" : "https://pbs.twimg.com/tweet_video_thumb/EKoDCcJXUAA4yrw.jpg",
        "sizes" : {
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "large" : {
            "w" : "714",
            "h" : "486",
            "resize" : "fit"
          },
          "small" : {
            "w" : "680",
            "h" : "463",
            "resize" : "fit"
          },
          "medium" : {
            "w" : "714",
            "h" : "486",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/kUGFJM6QDL"
      } ],
      "hashtags" : [ {
        "text" : "indiedev",
        "indices" : [ "54", "63" ]
      }, {
        "text" : "gamedev",
        "indices" : [ "64", "72" ]
      }, {
        "text" : "screenshotsaturday",
        "indices" : [ "73", "92" ]
      }, {
        "text" : "madewithunity",
        "indices" : [ "93", "107" ]
      } ]
    },
    "display_text_range" : [ "0", "131" ],
    "favorite_count" : "70",
    "id_str" : "1200775633598664704",
    "truncated" : false,
    "retweet_count" : "18",
    "id" : "1200775633598664704",
    "possibly_sensitive" : false,
    "created_at" : "Sat Nov 30 13:56:35 +0000 2019",
    "favorited" : false,
    "full_text" : "Roll, evade, attack! Working on that smooth combat... #indiedev #gamedev #screenshotsaturday #madewithunity https://t.co/kUGFJM6QDL",
    "lang" : "en",
    "extended_entities" : {
      "media" : [ {
        "expanded_url" : "https://twitter.com/LumenInferius/status/1200775633598664704/photo/1",
        "indices" : [ "108", "131" ],
        "url" : "https://t.co/kUGFJM6QDL",
        "media_url" : "http://pbs.twimg.com/tweet_video_thumb/EKoDCcJXUAA4yrw.jpg",
        "id_str" : "1200775591097749504",
        "video_info" : {
          "aspect_ratio" : [ "119", "81" ],
          "variants" : [ {
            "bitrate" : "0",
            "content_type" : "video/mp4",
            "url" : "https://video.twimg.com/tweet_video/EKoDCcJXUAA4yrw.mp4"
          } ]
        },
        "id" : "1200775591097749504",
        "media_url_https" : "https://pbs.twimg.com/tweet_video_thumb/EKoDCcJXUAA4yrw.jpg",
        "sizes" : {
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "large" : {
            "w" : "714",
            "h" : "486",
            "resize" : "fit"
          },
          "small" : {
            "w" : "680",
            "h" : "463",
            "resize" : "fit"
          },
          "medium" : {
            "w" : "714",
            "h" : "486",
            "resize" : "fit"
          }
        },
        "type" : "animated_gif",
        "display_url" : "pic.twitter.com/kUGFJM6QDL"
      } ]
    }
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
        "expanded_url" : "https://twitter.com/LumenInferius/status/1195686115593871360/photo/1",
        "indices" : [ "54", "77" ],
        "url" : "https://t.co/N6qTECHQqK",
        "media_url" : "http://pbs.twimg.com/tweet_video_thumb/EJfuJ4uXsAAMjwK.jpg",
        "id_str" : "1195686079703265280",
        "id" : "1195686079703265280",
        "media_url_https" : "https://pbs.twimg.com/tweet_video_thumb/EJfuJ4uXsAAMjwK.jpg",
        "sizes" : {
          "small" : {
            "w" : "680",
            "h" : "494",
            "resize" : "fit"
          },
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "medium" : {
            "w" : "702",
            "h" : "510",
            "resize" : "fit"
          },
          "large" : {
            "w" : "702",
            "h" : "510",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/N6qTECHQqK"
      } ],
      "hashtags" : [ {
        "text" : "indiedev",
        "indices" : [ "15", "24" ]
      }, {
        "text" : "gamedev",
        "indices" : [ "25", "33" ]
      }, {
        "text" : "screenshotsaturday",
        "indices" : [ "34", "53" ]
      } ]
    },
    "display_text_range" : [ "0", "77" ],
    "favorite_count" : "74",
    "id_str" : "1195686115593871360",
    "truncated" : false,
    "retweet_count" : "17",
    "id" : "1195686115593871360",
    "possibly_sensitive" : false,
    "created_at" : "Sat Nov 16 12:52:39 +0000 2019",
    "favorited" : false,
    "full_text" : "Friend or Foe? #indiedev #gamedev #screenshotsaturday https://t.co/N6qTECHQqK",
    "lang" : "en",
    "extended_entities" : {
      "media" : [ {
        "expanded_url" : "https://twitter.com/LumenInferius/status/1195686115593871360/photo/1",
        "indices" : [ "54", "77" ],
        "url" : "https://t.co/N6qTECHQqK",
        "media_url" : "http://pbs.twimg.com/tweet_video_thumb/EJfuJ4uXsAAMjwK.jpg",
        "id_str" : "1195686079703265280",
        "video_info" : {
          "aspect_ratio" : [ "117", "85" ],
          "variants" : [ {
            "bitrate" : "0",
            "content_type" : "video/mp4",
            "url" : "https://video.twimg.com/tweet_video/EJfuJ4uXsAAMjwK.mp4"
          } ]
        },
        "id" : "1195686079703265280",
        "media_url_https" : "https://pbs.twimg.com/tweet_video_thumb/EJfuJ4uXsAAMjwK.jpg",
        "sizes" : {
          "small" : {
            "w" : "680",
            "h" : "494",
            "resize" : "fit"
          },
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "medium" : {
            "w" : "702",
            "h" : "510",
            "resize" : "fit"
          },
          "large" : {
            "w" : "702",
            "h" : "510",
            "resize" : "fit"
          }
        },
        "type" : "animated_gif",
        "display_url" : "pic.twitter.com/N6qTECHQqK"
      } ]
    }
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
        "expanded_url" : "https://twitter.com/LumenInferius/status/1193139803467980800/photo/1",
        "indices" : [ "68", "91" ],
        "url" : "https://t.co/nm0d0BtM4E",
        "media_url" : "http://pbs.twimg.com/tweet_video_thumb/EI7iTqjXkAAjTTd.jpg",
        "id_str" : "1193139778767785984",
        "id" : "1193139778767785984",
        "media_url_https" : "https://pbs.twimg.com/tweet_video_thumb/EI7iTqjXkAAjTTd.jpg",
        "sizes" : {
          "medium" : {
            "w" : "840",
            "h" : "510",
            "resize" : "fit"
          },
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "large" : {
            "w" : "840",
            "h" : "510",
            "resize" : "fit"
          },
          "small" : {
            "w" : "680",
            "h" : "413",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/nm0d0BtM4E"
      } ],
      "hashtags" : [ {
        "text" : "indiedev",
        "indices" : [ "29", "38" ]
      }, {
        "text" : "gamedev",
        "indices" : [ "39", "47" ]
      }, {
        "text" : "screenshotsaturday",
        "indices" : [ "48", "67" ]
      } ]
    },
    "display_text_range" : [ "0", "91" ],
    "favorite_count" : "76",
    "id_str" : "1193139803467980800",
    "truncated" : false,
    "retweet_count" : "24",
    "id" : "1193139803467980800",
    "possibly_sensitive" : false,
    "created_at" : "Sat Nov 09 12:14:31 +0000 2019",
    "favorited" : false,
    "full_text" : "The calm before the storm... #indiedev #gamedev #screenshotsaturday https://t.co/nm0d0BtM4E",
    "lang" : "en",
    "extended_entities" : {
      "media" : [ {
        "expanded_url" : "https://twitter.com/LumenInferius/status/1193139803467980800/photo/1",
        "indices" : [ "68", "91" ],
        "url" : "https://t.co/nm0d0BtM4E",
        "media_url" : "http://pbs.twimg.com/tweet_video_thumb/EI7iTqjXkAAjTTd.jpg",
        "id_str" : "1193139778767785984",
        "video_info" : {
          "aspect_ratio" : [ "28", "17" ],
          "variants" : [ {
            "bitrate" : "0",
            "content_type" : "video/mp4",
            "url" : "https://video.twimg.com/tweet_video/EI7iTqjXkAAjTTd.mp4"
          } ]
        },
        "id" : "1193139778767785984",
        "media_url_https" : "https://pbs.twimg.com/tweet_video_thumb/EI7iTqjXkAAjTTd.jpg",
        "sizes" : {
          "medium" : {
            "w" : "840",
            "h" : "510",
            "resize" : "fit"
          },
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "large" : {
            "w" : "840",
            "h" : "510",
            "resize" : "fit"
          },
          "small" : {
            "w" : "680",
            "h" : "413",
            "resize" : "fit"
          }
        },
        "type" : "animated_gif",
        "display_url" : "pic.twitter.com/nm0d0BtM4E"
      } ]
    }
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
        "expanded_url" : "https://twitter.com/LumenInferius/status/1181113887669796864/photo/1",
        "indices" : [ "103", "126" ],
        "url" : "https://t.co/22M3J1CKnV",
        "media_url" : "http://pbs.twimg.com/tweet_video_thumb/EGQozOOW4AAhjbX.jpg",
        "id_str" : "1181113862734667776",
        "id" : "1181113862734667776",
        "media_url_https" : "https://pbs.twimg.com/tweet_video_thumb/EGQozOOW4AAhjbX.jpg",
        "sizes" : {
          "small" : {
            "w" : "680",
            "h" : "452",
            "resize" : "fit"
          },
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "large" : {
            "w" : "768",
            "h" : "510",
            "resize" : "fit"
          },
          "medium" : {
            "w" : "768",
            "h" : "510",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/22M3J1CKnV"
      } ],
      "hashtags" : [ {
        "text" : "madewithunity",
        "indices" : [ "58", "72" ]
      }, {
        "text" : "gamedev",
        "indices" : [ "73", "81" ]
      }, {
        "text" : "indiedev",
        "indices" : [ "82", "91" ]
      }, {
        "text" : "indiegame",
        "indices" : [ "92", "102" ]
      } ]
    },
    "display_text_range" : [ "0", "126" ],
    "favorite_count" : "71",
    "id_str" : "1181113887669796864",
    "truncated" : false,
    "retweet_count" : "19",
    "id" : "1181113887669796864",
    "possibly_sensitive" : false,
    "created_at" : "Mon Oct 07 07:47:49 +0000 2019",
    "favorited" : false,
    "full_text" : "Starting the week off with a new crimson themed location. #madewithunity #gamedev #indiedev #indiegame https://t.co/22M3J1CKnV",
    "lang" : "en",
    "extended_entities" : {
      "media" : [ {
        "expanded_url" : "https://twitter.com/LumenInferius/status/1181113887669796864/photo/1",
        "indices" : [ "103", "126" ],
        "url" : "https://t.co/22M3J1CKnV",
        "media_url" : "http://pbs.twimg.com/tweet_video_thumb/EGQozOOW4AAhjbX.jpg",
        "id_str" : "1181113862734667776",
        "video_info" : {
          "aspect_ratio" : [ "128", "85" ],
          "variants" : [ {
            "bitrate" : "0",
            "content_type" : "video/mp4",
            "url" : "https://video.twimg.com/tweet_video/EGQozOOW4AAhjbX.mp4"
          } ]
        },
        "id" : "1181113862734667776",
        "media_url_https" : "https://pbs.twimg.com/tweet_video_thumb/EGQozOOW4AAhjbX.jpg",
        "sizes" : {
          "small" : {
            "w" : "680",
            "h" : "452",
            "resize" : "fit"
          },
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "large" : {
            "w" : "768",
            "h" : "510",
            "resize" : "fit"
          },
          "medium" : {
            "w" : "768",
            "h" : "510",
            "resize" : "fit"
          }
        },
        "type" : "animated_gif",
        "display_url" : "pic.twitter.com/22M3J1CKnV"
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
        "name" : "Person0002",
        "screen_name" : "christosdrs",
        "indices" : [ "0", "12" ],
        "id_str" : "393430798",
        "id" : "393430798"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "103" ],
    "favorite_count" : "2",
    "in_reply_to_status_id_str" : "1177944135979937793",
    "id_str" : "1179385247714201602",
    "in_reply_to_user_id" : "393430798",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1179385247714201602",
    "in_reply_to_status_id" : "1177944135979937793",
    "created_at" : "Wed Oct 02 13:18:49 +0000 2019",
    "favorited" : false,
    "full_text" : "@christosdrs Currently in development for PC, but long term all platforms. We'll be keeping you posted!",
    "lang" : "en",
    "in_reply_to_screen_name" : "christosdrs",
    "in_reply_to_user_id_str" : "393430798"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Person0003",
        "screen_name" : "PlayingIndies",
        "indices" : [ "0", "14" ],
        "id_str" : "241740778",
        "id" : "241740778"
      }, {
        "name" : "Person0004",
        "screen_name" : "lethalrunning",
        "indices" : [ "15", "29" ],
        "id_str" : "794556079736766468",
        "id" : "794556079736766468"
      }, {
        "name" : "Person0005",
        "screen_name" : "ZealotGame",
        "indices" : [ "30", "41" ],
        "id_str" : "1097645571102461952",
        "id" : "1097645571102461952"
      }, {
        "name" : "Person0006",
        "screen_name" : "clayzulah",
        "indices" : [ "42", "52" ],
        "id_str" : "385600524",
        "id" : "385600524"
      }, {
        "name" : "Person0007",
        "screen_name" : "jcquelinejoy",
        "indices" : [ "53", "66" ],
        "id_str" : "568854492",
        "id" : "568854492"
      }, {
        "name" : "Person0008",
        "screen_name" : "Hojiyaproject",
        "indices" : [ "67", "81" ],
        "id_str" : "1109853905020698627",
        "id" : "1109853905020698627"
      }, {
        "name" : "Person0009",
        "screen_name" : "skatebirb",
        "indices" : [ "82", "92" ],
        "id_str" : "1012037201037705216",
        "id" : "1012037201037705216"
      }, {
        "name" : "Person0010",
        "screen_name" : "FollowFeathers",
        "indices" : [ "106", "121" ],
        "id_str" : "798925601113571328",
        "id" : "798925601113571328"
      }, {
        "name" : "Person0011",
        "screen_name" : "ThisDeadWinter",
        "indices" : [ "122", "137" ],
        "id_str" : "807253229008551937",
        "id" : "807253229008551937"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "166" ],
    "favorite_count" : "2",
    "in_reply_to_status_id_str" : "1179135260690436101",
    "id_str" : "1179384835485454336",
    "in_reply_to_user_id" : "241740778",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1179384835485454336",
    "in_reply_to_status_id" : "1179135260690436101",
    "created_at" : "Wed Oct 02 13:17:11 +0000 2019",
    "favorited" : false,
    "full_text" : "@PlayingIndies @lethalrunning @ZealotGame @clayzulah @jcquelinejoy @Hojiyaproject @skatebirb @sockmangame @FollowFeathers @ThisDeadWinter This is awesome! Thank you😀.",
    "lang" : "en",
    "in_reply_to_screen_name" : "PlayingIndies",
    "in_reply_to_user_id_str" : "241740778"
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
        "expanded_url" : "https://twitter.com/LumenInferius/status/1177880453560311808/photo/1",
        "indices" : [ "79", "102" ],
        "url" : "https://t.co/5elcFCDIpI",
        "media_url" : "http://pbs.twimg.com/tweet_video_thumb/EFir_9kXkAA0E4U.jpg",
        "id_str" : "1177880417904594944",
        "id" : "1177880417904594944",
        "media_url_https" : "https://pbs.twimg.com/tweet_video_thumb/EFir_9kXkAA0E4U.jpg",
        "sizes" : {
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "small" : {
            "w" : "680",
            "h" : "442",
            "resize" : "fit"
          },
          "large" : {
            "w" : "784",
            "h" : "510",
            "resize" : "fit"
          },
          "medium" : {
            "w" : "784",
            "h" : "510",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/5elcFCDIpI"
      } ],
      "hashtags" : [ {
        "text" : "indiedev",
        "indices" : [ "40", "49" ]
      }, {
        "text" : "gamedev",
        "indices" : [ "50", "58" ]
      }, {
        "text" : "screenshotsaturday",
        "indices" : [ "59", "78" ]
      } ]
    },
    "display_text_range" : [ "0", "102" ],
    "favorite_count" : "160",
    "id_str" : "1177880453560311808",
    "truncated" : false,
    "retweet_count" : "32",
    "id" : "1177880453560311808",
    "possibly_sensitive" : false,
    "created_at" : "Sat Sep 28 09:39:18 +0000 2019",
    "favorited" : false,
    "full_text" : "Tweaking and mastering combat mechanics #indiedev #gamedev #screenshotsaturday https://t.co/5elcFCDIpI",
    "lang" : "en",
    "extended_entities" : {
      "media" : [ {
        "expanded_url" : "https://twitter.com/LumenInferius/status/1177880453560311808/photo/1",
        "indices" : [ "79", "102" ],
        "url" : "https://t.co/5elcFCDIpI",
        "media_url" : "http://pbs.twimg.com/tweet_video_thumb/EFir_9kXkAA0E4U.jpg",
        "id_str" : "1177880417904594944",
        "video_info" : {
          "aspect_ratio" : [ "392", "255" ],
          "variants" : [ {
            "bitrate" : "0",
            "content_type" : "video/mp4",
            "url" : "https://video.twimg.com/tweet_video/EFir_9kXkAA0E4U.mp4"
          } ]
        },
        "id" : "1177880417904594944",
        "media_url_https" : "https://pbs.twimg.com/tweet_video_thumb/EFir_9kXkAA0E4U.jpg",
        "sizes" : {
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "small" : {
            "w" : "680",
            "h" : "442",
            "resize" : "fit"
          },
          "large" : {
            "w" : "784",
            "h" : "510",
            "resize" : "fit"
          },
          "medium" : {
            "w" : "784",
            "h" : "510",
            "resize" : "fit"
          }
        },
        "type" : "animated_gif",
        "display_url" : "pic.twitter.com/5elcFCDIpI"
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
        "name" : "Person0012",
        "screen_name" : "indiegamelover",
        "indices" : [ "0", "15" ],
        "id_str" : "2512334376",
        "id" : "2512334376"
      }, {
        "name" : "Person0013",
        "screen_name" : "klemen_lozar",
        "indices" : [ "16", "29" ],
        "id_str" : "790080762",
        "id" : "790080762"
      }, {
        "name" : "Person0014",
        "screen_name" : "LittlePixelGame",
        "indices" : [ "30", "46" ],
        "id_str" : "1050347862301655041",
        "id" : "1050347862301655041"
      }, {
        "name" : "Person0015",
        "screen_name" : "GrundislavGames",
        "indices" : [ "47", "63" ],
        "id_str" : "69214838",
        "id" : "69214838"
      }, {
        "name" : "Person0016",
        "screen_name" : "Kynseed",
        "indices" : [ "64", "72" ],
        "id_str" : "723241761343049730",
        "id" : "723241761343049730"
      }, {
        "name" : "Person0017",
        "screen_name" : "AntraxxGame",
        "indices" : [ "73", "85" ],
        "id_str" : "597957943",
        "id" : "597957943"
      }, {
        "name" : "Person0018",
        "screen_name" : "dotsfired",
        "indices" : [ "86", "96" ],
        "id_str" : "2313401557",
        "id" : "2313401557"
      }, {
        "name" : "Person0019",
        "screen_name" : "MindSeizeGame",
        "indices" : [ "97", "111" ],
        "id_str" : "986948902283857920",
        "id" : "986948902283857920"
      }, {
        "name" : "Person0020",
        "screen_name" : "NeuroSlicers",
        "indices" : [ "112", "125" ],
        "id_str" : "1082455269483995141",
        "id" : "1082455269483995141"
      }, {
        "name" : "Person0021",
        "screen_name" : "Dream_Harvest",
        "indices" : [ "126", "140" ],
        "id_str" : "1854170192",
        "id" : "1854170192"
      }, {
        "name" : "Person0022",
        "screen_name" : "snackodev",
        "indices" : [ "141", "151" ],
        "id_str" : "1014587071758028804",
        "id" : "1014587071758028804"
      }, {
        "name" : "Person0023",
        "screen_name" : "bluecursestudio",
        "indices" : [ "152", "168" ],
        "id_str" : "875157134417309697",
        "id" : "875157134417309697"
      }, {
        "name" : "Person0024",
        "screen_name" : "recursive_tv",
        "indices" : [ "169", "182" ],
        "id_str" : "1277550036",
        "id" : "1277550036"
      }, {
        "name" : "Person0025",
        "screen_name" : "enralis",
        "indices" : [ "183", "191" ],
        "id_str" : "226848810",
        "id" : "226848810"
      }, {
        "name" : "Person0026",
        "screen_name" : "TempleDoorGames",
        "indices" : [ "192", "208" ],
        "id_str" : "1098009082886148096",
        "id" : "1098009082886148096"
      }, {
        "name" : "Person0027",
        "screen_name" : "PlayEnchanted",
        "indices" : [ "209", "223" ],
        "id_str" : "1157933664287764480",
        "id" : "1157933664287764480"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "257" ],
    "favorite_count" : "1",
    "in_reply_to_status_id_str" : "1176349851140780032",
    "id_str" : "1176429363648258048",
    "in_reply_to_user_id" : "2512334376",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1176429363648258048",
    "in_reply_to_status_id" : "1176349851140780032",
    "created_at" : "Tue Sep 24 09:33:11 +0000 2019",
    "favorited" : false,
    "full_text" : "@indiegamelover @klemen_lozar @LittlePixelGame @GrundislavGames @Kynseed @AntraxxGame @dotsfired @MindSeizeGame @NeuroSlicers @Dream_Harvest @snackodev @bluecursestudio @recursive_tv @enralis @TempleDoorGames @PlayEnchanted Thank you kindly for the feature!",
    "lang" : "en",
    "in_reply_to_screen_name" : "indiegamelover",
    "in_reply_to_user_id_str" : "2512334376"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Person0028",
        "screen_name" : "nerdwala",
        "indices" : [ "0", "9" ],
        "id_str" : "27963794",
        "id" : "27963794"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "62" ],
    "favorite_count" : "2",
    "in_reply_to_status_id_str" : "1175488181283590144",
    "id_str" : "1176068168948883456",
    "in_reply_to_user_id" : "27963794",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1176068168948883456",
    "in_reply_to_status_id" : "1175488181283590144",
    "created_at" : "Mon Sep 23 09:37:56 +0000 2019",
    "favorited" : false,
    "full_text" : "@nerdwala Thank you Clarance :). Everyone stay tuned for more!",
    "lang" : "en",
    "in_reply_to_screen_name" : "nerdwala",
    "in_reply_to_user_id_str" : "27963794"
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
        "expanded_url" : "https://twitter.com/LumenInferius/status/1175476829685190656/photo/1",
        "indices" : [ "92", "115" ],
        "url" : "https://t.co/Lr88ihc39U",
        "media_url" : "http://pbs.twimg.com/tweet_video_thumb/EFAh7NTWwAE9uLV.jpg",
        "id_str" : "1175476803810541569",
        "id" : "1175476803810541569",
        "media_url_https" : "https://pbs.twimg.com/tweet_video_thumb/EFAh7NTWwAE9uLV.jpg",
        "sizes" : {
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "large" : {
            "w" : "690",
            "h" : "508",
            "resize" : "fit"
          },
          "small" : {
            "w" : "680",
            "h" : "501",
            "resize" : "fit"
          },
          "medium" : {
            "w" : "690",
            "h" : "508",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/Lr88ihc39U"
      } ],
      "hashtags" : [ {
        "text" : "screenshotsaturday",
        "indices" : [ "37", "56" ]
      }, {
        "text" : "indiegame",
        "indices" : [ "57", "67" ]
      }, {
        "text" : "gamedev",
        "indices" : [ "68", "76" ]
      }, {
        "text" : "lumeninferius",
        "indices" : [ "77", "91" ]
      } ]
    },
    "display_text_range" : [ "0", "115" ],
    "favorite_count" : "82",
    "id_str" : "1175476829685190656",
    "truncated" : false,
    "retweet_count" : "17",
    "id" : "1175476829685190656",
    "possibly_sensitive" : false,
    "created_at" : "Sat Sep 21 18:28:10 +0000 2019",
    "favorited" : false,
    "full_text" : "An unexpected encounter. Don't move! #screenshotsaturday #indiegame #gamedev #lumeninferius https://t.co/Lr88ihc39U",
    "lang" : "en",
    "extended_entities" : {
      "media" : [ {
        "expanded_url" : "https://twitter.com/LumenInferius/status/1175476829685190656/photo/1",
        "indices" : [ "92", "115" ],
        "url" : "https://t.co/Lr88ihc39U",
        "media_url" : "http://pbs.twimg.com/tweet_video_thumb/EFAh7NTWwAE9uLV.jpg",
        "id_str" : "1175476803810541569",
        "video_info" : {
          "aspect_ratio" : [ "345", "254" ],
          "variants" : [ {
            "bitrate" : "0",
            "content_type" : "video/mp4",
            "url" : "https://video.twimg.com/tweet_video/EFAh7NTWwAE9uLV.mp4"
          } ]
        },
        "id" : "1175476803810541569",
        "media_url_https" : "https://pbs.twimg.com/tweet_video_thumb/EFAh7NTWwAE9uLV.jpg",
        "sizes" : {
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "large" : {
            "w" : "690",
            "h" : "508",
            "resize" : "fit"
          },
          "small" : {
            "w" : "680",
            "h" : "501",
            "resize" : "fit"
          },
          "medium" : {
            "w" : "690",
            "h" : "508",
            "resize" : "fit"
          }
        },
        "type" : "animated_gif",
        "display_url" : "pic.twitter.com/Lr88ihc39U"
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
        "name" : "Person0028",
        "screen_name" : "nerdwala",
        "indices" : [ "0", "9" ],
        "id_str" : "27963794",
        "id" : "27963794"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "83" ],
    "favorite_count" : "1",
    "in_reply_to_status_id_str" : "1173569448994754562",
    "id_str" : "1173579650704035840",
    "in_reply_to_user_id" : "27963794",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1173579650704035840",
    "in_reply_to_status_id" : "1173569448994754562",
    "created_at" : "Mon Sep 16 12:49:27 +0000 2019",
    "favorited" : false,
    "full_text" : "@nerdwala Thank you. We will roll a Kickstarter soon. Follow us to stay up-to-date!",
    "lang" : "en",
    "in_reply_to_screen_name" : "nerdwala",
    "in_reply_to_user_id_str" : "27963794"
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
        "expanded_url" : "https://twitter.com/LumenInferius/status/1173326715701121026/photo/1",
        "indices" : [ "63", "86" ],
        "url" : "https://t.co/75WIYQn91A",
        "media_url" : "http://pbs.twimg.com/tweet_video_thumb/EEh-ZprXUBAzZK_.jpg",
        "id_str" : "1173326682079580176",
        "id" : "1173326682079580176",
        "media_url_https" : "https://pbs.twimg.com/tweet_video_thumb/EEh-ZprXUBAzZK_.jpg",
        "sizes" : {
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "large" : {
            "w" : "600",
            "h" : "424",
            "resize" : "fit"
          },
          "small" : {
            "w" : "600",
            "h" : "424",
            "resize" : "fit"
          },
          "medium" : {
            "w" : "600",
            "h" : "424",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/75WIYQn91A"
      } ],
      "hashtags" : [ {
        "text" : "screenshotsaturday",
        "indices" : [ "11", "30" ]
      }, {
        "text" : "indiedev",
        "indices" : [ "31", "40" ]
      }, {
        "text" : "indiegame",
        "indices" : [ "41", "51" ]
      }, {
        "text" : "indiegame",
        "indices" : [ "52", "62" ]
      } ]
    },
    "display_text_range" : [ "0", "86" ],
    "favorite_count" : "236",
    "id_str" : "1173326715701121026",
    "truncated" : false,
    "retweet_count" : "57",
    "id" : "1173326715701121026",
    "possibly_sensitive" : false,
    "created_at" : "Sun Sep 15 20:04:23 +0000 2019",
    "favorited" : false,
    "full_text" : "Rolling... #screenshotsaturday #indiedev #indiegame #indiegame https://t.co/75WIYQn91A",
    "lang" : "en",
    "extended_entities" : {
      "media" : [ {
        "expanded_url" : "https://twitter.com/LumenInferius/status/1173326715701121026/photo/1",
        "indices" : [ "63", "86" ],
        "url" : "https://t.co/75WIYQn91A",
        "media_url" : "http://pbs.twimg.com/tweet_video_thumb/EEh-ZprXUBAzZK_.jpg",
        "id_str" : "1173326682079580176",
        "video_info" : {
          "aspect_ratio" : [ "75", "53" ],
          "variants" : [ {
            "bitrate" : "0",
            "content_type" : "video/mp4",
            "url" : "https://video.twimg.com/tweet_video/EEh-ZprXUBAzZK_.mp4"
          } ]
        },
        "id" : "1173326682079580176",
        "media_url_https" : "https://pbs.twimg.com/tweet_video_thumb/EEh-ZprXUBAzZK_.jpg",
        "sizes" : {
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "large" : {
            "w" : "600",
            "h" : "424",
            "resize" : "fit"
          },
          "small" : {
            "w" : "600",
            "h" : "424",
            "resize" : "fit"
          },
          "medium" : {
            "w" : "600",
            "h" : "424",
            "resize" : "fit"
          }
        },
        "type" : "animated_gif",
        "display_url" : "pic.twitter.com/75WIYQn91A"
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
        "name" : "Person0029",
        "screen_name" : "Norrin_Radd22",
        "indices" : [ "0", "14" ],
        "id_str" : "500560696",
        "id" : "500560696"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "63" ],
    "favorite_count" : "0",
    "in_reply_to_status_id_str" : "1172489379295612929",
    "id_str" : "1172496949162979331",
    "in_reply_to_user_id" : "500560696",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1172496949162979331",
    "in_reply_to_status_id" : "1172489379295612929",
    "created_at" : "Fri Sep 13 13:07:11 +0000 2019",
    "favorited" : false,
    "full_text" : "@Norrin_Radd22 Lumen Inferius - A new Soulslike in development.",
    "lang" : "en",
    "in_reply_to_screen_name" : "Norrin_Radd22",
    "in_reply_to_user_id_str" : "500560696"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Person0030",
        "screen_name" : "alphyna",
        "indices" : [ "0", "8" ],
        "id_str" : "16206087",
        "id" : "16206087"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "132" ],
    "favorite_count" : "1",
    "in_reply_to_status_id_str" : "1172488277363953664",
    "id_str" : "1172496067948154888",
    "in_reply_to_user_id" : "16206087",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1172496067948154888",
    "in_reply_to_status_id" : "1172488277363953664",
    "created_at" : "Fri Sep 13 13:03:41 +0000 2019",
    "favorited" : false,
    "full_text" : "@alphyna A tiny team of indie devs passionate for making games and infecting medieval people with unknown origin slug-like creatures",
    "lang" : "en",
    "in_reply_to_screen_name" : "alphyna",
    "in_reply_to_user_id_str" : "16206087"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Person0031",
        "screen_name" : "_ARandom_",
        "indices" : [ "0", "10" ],
        "id_str" : "4364907047",
        "id" : "4364907047"
      }, {
        "name" : "Person0032",
        "screen_name" : "pascalsuun",
        "indices" : [ "24", "35" ],
        "id_str" : "975831548254736387",
        "id" : "975831548254736387"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "35" ],
    "favorite_count" : "2",
    "in_reply_to_status_id_str" : "1172452133771390976",
    "id_str" : "1172453173195431938",
    "in_reply_to_user_id" : "4364907047",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1172453173195431938",
    "in_reply_to_status_id" : "1172452133771390976",
    "created_at" : "Fri Sep 13 10:13:14 +0000 2019",
    "favorited" : false,
    "full_text" : "@_ARandom_ The symbiote @pascalsuun",
    "lang" : "en",
    "in_reply_to_screen_name" : "_ARandom_",
    "in_reply_to_user_id_str" : "4364907047"
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
        "expanded_url" : "https://twitter.com/LumenInferius/status/1172435815546249221/photo/1",
        "indices" : [ "274", "297" ],
        "url" : "https://t.co/XCDn9lNuz6",
        "media_url" : "http://pbs.twimg.com/tweet_video_thumb/EEVUIvXUcAMP8Q1.jpg",
        "id_str" : "1172435787129843715",
        "id" : "1172435787129843715",
        "media_url_https" : "https://pbs.twimg.com/tweet_video_thumb/EEVUIvXUcAMP8Q1.jpg",
        "sizes" : {
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "small" : {
            "w" : "600",
            "h" : "338",
            "resize" : "fit"
          },
          "medium" : {
            "w" : "600",
            "h" : "338",
            "resize" : "fit"
          },
          "large" : {
            "w" : "600",
            "h" : "338",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/XCDn9lNuz6"
      } ],
      "hashtags" : [ {
        "text" : "gamedev",
        "indices" : [ "235", "243" ]
      }, {
        "text" : "indiedev",
        "indices" : [ "244", "253" ]
      }, {
        "text" : "indiegame",
        "indices" : [ "254", "264" ]
      }, {
        "text" : "Spine2D",
        "indices" : [ "265", "273" ]
      } ]
    },
    "display_text_range" : [ "0", "297" ],
    "favorite_count" : "124",
    "id_str" : "1172435815546249221",
    "truncated" : false,
    "retweet_count" : "40",
    "id" : "1172435815546249221",
    "possibly_sensitive" : false,
    "created_at" : "Fri Sep 13 09:04:15 +0000 2019",
    "favorited" : false,
    "full_text" : "You've seen them, aren't you? \nThe beasts, that wander the kingdom. \nWe call them Symbiotes.\nThe Symbiotes have occupied our homes... our lives... and our bodies.\nYou have to kill them... get rid of the beasts... burn the infection... #gamedev #indiedev #indiegame #Spine2D https://t.co/XCDn9lNuz6",
    "lang" : "en",
    "extended_entities" : {
      "media" : [ {
        "expanded_url" : "https://twitter.com/LumenInferius/status/1172435815546249221/photo/1",
        "indices" : [ "274", "297" ],
        "url" : "https://t.co/XCDn9lNuz6",
        "media_url" : "http://pbs.twimg.com/tweet_video_thumb/EEVUIvXUcAMP8Q1.jpg",
        "id_str" : "1172435787129843715",
        "video_info" : {
          "aspect_ratio" : [ "300", "169" ],
          "variants" : [ {
            "bitrate" : "0",
            "content_type" : "video/mp4",
            "url" : "https://video.twimg.com/tweet_video/EEVUIvXUcAMP8Q1.mp4"
          } ]
        },
        "id" : "1172435787129843715",
        "media_url_https" : "https://pbs.twimg.com/tweet_video_thumb/EEVUIvXUcAMP8Q1.jpg",
        "sizes" : {
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "small" : {
            "w" : "600",
            "h" : "338",
            "resize" : "fit"
          },
          "medium" : {
            "w" : "600",
            "h" : "338",
            "resize" : "fit"
          },
          "large" : {
            "w" : "600",
            "h" : "338",
            "resize" : "fit"
          }
        },
        "type" : "animated_gif",
        "display_url" : "pic.twitter.com/XCDn9lNuz6"
      } ]
    }
  }
} ]