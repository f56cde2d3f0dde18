window.YTD.following.part0 = [ {
  "following" : {
    "accountId" : "403695424",
    "userLink" : "https://twitter.com/intent/user?user_id=403695424"
  }
}, {
  "following" : {
    "accountId" : "3176797510",
    "userLink" : "https://twitter.com/intent/user?user_id=3176797510"
  }
}, {
  "following" : {
    "accountId" : "241740778",
    "userLink" : "https://twitter.com/intent/user?user_id=241740778"
  }
}, {
  "following" : {
    "accountId" : "710184089169559552",
    "userLink" : "https://twitter.com/intent/user?user_id=710184089169559552"
  }
}, {
  "following" : {
    "accountId" : "2380667550",
    "userLink" : "https://twitter.com/intent/user?user_id=2380667550"
  }
}, {
  "following" : {
    "accountId" : "14599972",
    "userLink" : "https://twitter.com/intent/user?user_id=14599972"
  }
}, {
  "following" : {
    "accountId" : "2512334376",
    "userLink" : "https://twitter.com/intent/user?user_id=2512334376"
  }
}, {
  "following" : {
    "accountId" : "3179988384",
    "userLink" : "https://twitter.com/intent/user?user_id=3179988384"
  }
}, {
  "following" : {
    "accountId" : "191160868",
    "userLink" : "https://twitter.com/intent/user?user_id=191160868"
  }
}, {
  "following" : {
    "accountId" : "3043284301",
    "userLink" : "https://twitter.com/intent/user?user_id=3043284301"
  }
}, {
  "following" : {
    "accountId" : "25649234",
    "userLink" : "https://twitter.com/intent/user?user_id=25649234"
  }
}, {
  "following" : {
    "accountId" : "18890465",
    "userLink" : "https://twitter.com/intent/user?user_id=18890465"
  }
}, {
  "following" : {
    "accountId" : "93961987",
    "userLink" : "https://twitter.com/intent/user?user_id=93961987"
  }
}, {
  "following" : {
    "accountId" : "755002105296019456",
    "userLink" : "https://twitter.com/intent/user?user_id=755002105296019456"
  }
} ]