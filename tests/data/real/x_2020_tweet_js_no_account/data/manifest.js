window.__THAR_CONFIG = {
  "userInfo" : {
    "accountId" : "1153674767859441664",
    "userName" : "LumenInferius",
    "displayName" : "Lumen Inferius"
  },
  "archiveInfo" : {
    "sizeBytes" : "6629469",
    "generationDate" : "2020-04-03T07:37:58.422Z",
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
        "count" : "0"
      } ]
    },
    "accountTimezone" : {
      "files" : [ {
        "fileName" : "data/account-timezone.js",
        "globalName" : "YTD.account_timezone.part0",
        "count" : "1"
      } ]
    },
    "adEngagements" : {
      "files" : [ {
        "fileName" : "data/ad-engagements.js",
        "globalName" : "YTD.ad_engagements.part0",
        "count" : "7"
      } ]
    },
    "adImpressions" : {
      "files" : [ {
        "fileName" : "data/ad-impressions.js",
        "globalName" : "YTD.ad_impressions.part0",
        "count" : "23"
      } ]
    },
    "adMobileConversionsAttributed" : {
      "files" : [ {
        "fileName" : "data/ad-mobile-conversions-attributed.js",
        "globalName" : "YTD.ad_mobile_conversions_attributed.part0",
        "count" : "0"
      } ]
    },
    "adMobileConversionsUnattributed" : {
      "files" : [ {
        "fileName" : "data/ad-mobile-conversions-unattributed.js",
        "globalName" : "YTD.ad_mobile_conversions_unattributed.part0",
        "count" : "0"
      } ]
    },
    "adOnlineConversionsAttributed" : {
      "files" : [ {
        "fileName" : "data/ad-online-conversions-attributed.js",
        "globalName" : "YTD.ad_online_conversions_attributed.part0",
        "count" : "0"
      } ]
    },
    "adOnlineConversionsUnattributed" : {
      "files" : [ {
        "fileName" : "data/ad-online-conversions-unattributed.js",
        "globalName" : "YTD.ad_online_conversions_unattributed.part0",
        "count" : "0"
      } ]
    },
    "ageinfo" : {
      "files" : [ {
        "fileName" : "data/ageinfo.js",
        "globalName" : "YTD.ageinfo.part0",
        "count" : "1"
      } ]
    },
    "block" : {
      "files" : [ {
        "fileName" : "data/block.js",
        "globalName" : "YTD.block.part0",
        "count" : "0"
      } ]
    },
    "branchLinks" : {
      "files" : [ {
        "fileName" : "data/branch-links.js",
        "globalName" : "YTD.branch_links.part0",
        "count" : "0"
      } ]
    },
    "connectedApplication" : {
      "files" : [ {
        "fileName" : "data/connected-application.js",
        "globalName" : "YTD.connected_application.part0",
        "count" : "1"
      } ]
    },
    "contact" : {
      "files" : [ {
        "fileName" : "data/contact.js",
        "globalName" : "YTD.contact.part0",
        "count" : "0"
      } ]
    },
    "deviceToken" : {
      "files" : [ {
        "fileName" : "data/device-token.js",
        "globalName" : "YTD.device_token.part0",
        "count" : "4"
      } ]
    },
    "directMessageGroupHeaders" : {
      "files" : [ {
        "fileName" : "data/direct-message-group-headers.js",
        "globalName" : "YTD.direct_message_group_headers.part0",
        "count" : "0"
      } ]
    },
    "directMessageHeaders" : {
      "files" : [ {
        "fileName" : "data/direct-message-headers.js",
        "globalName" : "YTD.direct_message_headers.part0",
        "count" : "1"
      } ]
    },
    "directMessages" : {
      "mediaDirectory" : "data/direct_messages_media",
      "files" : [ {
        "fileName" : "data/direct-messages.js",
        "globalName" : "YTD.direct_messages.part0",
        "count" : "1"
      } ]
    },
    "directMessagesGroup" : {
      "mediaDirectory" : "data/direct_messages_group_media",
      "files" : [ {
        "fileName" : "data/direct-messages-group.js",
        "globalName" : "YTD.direct_messages_group.part0",
        "count" : "0"
      } ]
    },
    "directMessagesGroupMedia" : {
      "mediaDirectory" : "data/direct_messages_group_media"
    },
    "directMessagesMedia" : {
      "mediaDirectory" : "data/direct_messages_media"
    },
    "emailAddressChange" : {
      "files" : [ {
        "fileName" : "data/email-address-change.js",
        "globalName" : "YTD.email_address_change.part0",
        "count" : "1"
      } ]
    },
    "follower" : {
      "files" : [ {
        "fileName" : "data/follower.js",
        "globalName" : "YTD.follower.part0",
        "count" : "463"
      } ]
    },
    "following" : {
      "files" : [ {
        "fileName" : "data/following.js",
        "globalName" : "YTD.following.part0",
        "count" : "14"
      } ]
    },
    "ipAudit" : {
      "files" : [ {
        "fileName" : "data/ip-audit.js",
        "globalName" : "YTD.ip_audit.part0",
        "count" : "87"
      } ]
    },
    "like" : {
      "files" : [ {
        "fileName" : "data/like.js",
        "globalName" : "YTD.like.part0",
        "count" : "17"
      } ]
    },
    "listsCreated" : {
      "files" : [ {
        "fileName" : "data/lists-created.js",
        "globalName" : "YTD.lists_created.part0",
        "count" : "0"
      } ]
    },
    "listsMember" : {
      "files" : [ {
        "fileName" : "data/lists-member.js",
        "globalName" : "YTD.lists_member.part0",
        "count" : "2"
      } ]
    },
    "listsSubscribed" : {
      "files" : [ {
        "fileName" : "data/lists-subscribed.js",
        "globalName" : "YTD.lists_subscribed.part0",
        "count" : "0"
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
        "count" : "2"
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
        "count" : "0"
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
        "count" : "0"
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
        "count" : "1"
      } ]
    },
    "tweet" : {
      "mediaDirectory" : "data/tweet_media",
      "files" : [ {
        "fileName" : "data/tweet.js",
        "globalName" : "YTD.tweet.part0",
        "count" : "22"
      } ]
    },
    "tweetMedia" : {
      "mediaDirectory" : "data/tweet_media"
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