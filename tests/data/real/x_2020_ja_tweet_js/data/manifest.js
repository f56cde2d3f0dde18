window.__THAR_CONFIG = {
  "userInfo" : {
    "accountId" : "4688937990",
    "userName" : "E31415926",
    "displayName" : "E"
  },
  "archiveInfo" : {
    "sizeBytes" : "30675578",
    "generationDate" : "2020-10-22T06:25:38.405Z",
    "isPartialArchive" : false,
    "maxPartSizeBytes" : "53687091200"
  },
  "readmeInfo" : {
    "fileName" : "data/README.txt",
    "directory" : "data/",
    "name" : "README.txt"
  },
  "dataTypes" : {
    "account" : {
      "files" : [ {
        "fileName" : "data/account.js",
        "globalName" : "YTD.account.part0",
        "count" : "1"
      } ]
    },
    "accountCreationIp" : {
      "files" : [ {
        "fileName" : "data/account-creation-ip.js",
        "globalName" : "YTD.account_creation_ip.part0",
        "count" : "1"
      } ]
    },
    "accountSuspension" : {
      "files" : [ {
        "fileName" : "data/account-suspension.js",
        "globalName" : "YTD.account_suspension.part0",
        "count" : "2"
      } ]
    },
    "accountTimezone" : {
      "files" : [ {
        "fileName" : "data/account-timezone.js",
        "globalName" : "YTD.account_timezone.part0",
        "count" : "1"
      } ]
    },
    "branchLinks" : {
      "files" : [ {
        "fileName" : "data/branch-links.js",
        "globalName" : "YTD.branch_links.part0",
        "count" : "0"
      } ]
    },
    "emailAddressChange" : {
      "files" : [ {
        "fileName" : "data/email-address-change.js",
        "globalName" : "YTD.email_address_change.part0",
        "count" : "1"
      } ]
    },
    "like" : {
      "files" : [ {
        "fileName" : "data/like.js",
        "globalName" : "YTD.like.part0",
        "count" : "4012"
      } ]
    },
    "listsCreated" : {
      "files" : [ {
        "fileName" : "data/lists-created.js",
        "globalName" : "YTD.lists_created.part0",
        "count" : "7"
      } ]
    },
    "listsMember" : {
      "files" : [ {
        "fileName" : "data/lists-member.js",
        "globalName" : "YTD.lists_member.part0",
        "count" : "11"
      } ]
    },
    "listsSubscribed" : {
      "files" : [ {
        "fileName" : "data/lists-subscribed.js",
        "globalName" : "YTD.lists_subscribed.part0",
        "count" : "4"
      } ]
    },
    "moment" : {
      "mediaDirectory" : "data/moments_media",
      "files" : [ {
        "fileName" : "data/moment.js",
        "globalName" : "YTD.moment.part0",
        "count" : "0"
      } ]
    },
    "momentsMedia" : {
      "mediaDirectory" : "data/moments_media"
    },
    "momentsTweetsMedia" : {
      "mediaDirectory" : "data/moments_tweets_media"
    },
    "mute" : {
      "files" : [ {
        "fileName" : "data/mute.js",
        "globalName" : "YTD.mute.part0",
        "count" : "71"
      } ]
    },
    "niDevices" : {
      "files" : [ {
        "fileName" : "data/ni-devices.js",
        "globalName" : "YTD.ni_devices.part0",
        "count" : "1"
      } ]
    },
    "periscopeAccountInformation" : {
      "files" : [ {
        "fileName" : "data/periscope-account-information.js",
        "globalName" : "YTD.periscope_account_information.part0",
        "count" : "0"
      } ]
    },
    "periscopeBanInformation" : {
      "files" : [ {
        "fileName" : "data/periscope-ban-information.js",
        "globalName" : "YTD.periscope_ban_information.part0",
        "count" : "0"
      } ]
    },
    "periscopeBroadcastMetadata" : {
      "files" : [ {
        "fileName" : "data/periscope-broadcast-metadata.js",
        "globalName" : "YTD.periscope_broadcast_metadata.part0",
        "count" : "0"
      } ]
    },
    "periscopeCommentsMadeByUser" : {
      "files" : [ {
        "fileName" : "data/periscope-comments-made-by-user.js",
        "globalName" : "YTD.periscope_comments_made_by_user.part0",
        "count" : "0"
      } ]
    },
    "periscopeExpiredBroadcasts" : {
      "files" : [ {
        "fileName" : "data/periscope-expired-broadcasts.js",
        "globalName" : "YTD.periscope_expired_broadcasts.part0",
        "count" : "0"
      } ]
    },
    "periscopeFollowers" : {
      "files" : [ {
        "fileName" : "data/periscope-followers.js",
        "globalName" : "YTD.periscope_followers.part0",
        "count" : "0"
      } ]
    },
    "periscopeProfileDescription" : {
      "files" : [ {
        "fileName" : "data/periscope-profile-description.js",
        "globalName" : "YTD.periscope_profile_description.part0",
        "count" : "0"
      } ]
    },
    "personalization" : {
      "files" : [ {
        "fileName" : "data/personalization.js",
        "globalName" : "YTD.personalization.part0",
        "count" : "1"
      } ]
    },
    "phoneNumber" : {
      "files" : [ {
        "fileName" : "data/phone-number.js",
        "globalName" : "YTD.phone_number.part0",
        "count" : "1"
      } ]
    },
    "profile" : {
      "mediaDirectory" : "data/profile_media",
      "files" : [ {
        "fileName" : "data/profile.js",
        "globalName" : "YTD.profile.part0",
        "count" : "1"
      } ]
    },
    "profileMedia" : {
      "mediaDirectory" : "data/profile_media"
    },
    "protectedHistory" : {
      "files" : [ {
        "fileName" : "data/protected-history.js",
        "globalName" : "YTD.protected_history.part0",
        "count" : "2"
      } ]
    },
    "savedSearch" : {
      "files" : [ {
        "fileName" : "data/saved-search.js",
        "globalName" : "YTD.saved_search.part0",
        "count" : "0"
      } ]
    },
    "screenNameChange" : {
      "files" : [ {
        "fileName" : "data/screen-name-change.js",
        "globalName" : "YTD.screen_name_change.part0",
        "count" : "2"
      } ]
    },
    "tweet" : {
      "mediaDirectory" : "data/tweet_media",
      "files" : [ {
        "fileName" : "data/tweet.js",
        "globalName" : "YTD.tweet.part0",
        "count" : "1163"
      } ]
    },
    "tweetMedia" : {
      "mediaDirectory" : "data/tweet_media"
    },
    "userLinkClicks" : {
      "files" : [ {
        "fileName" : "data/user-link-clicks.js",
        "globalName" : "YTD.user_link_clicks.part0",
        "count" : "0"
      } ]
    },
    "verified" : {
      "files" : [ {
        "fileName" : "data/verified.js",
        "globalName" : "YTD.verified.part0",
        "count" : "1"
      } ]
    }
  }
}