window.YTD.direct_messages.part0 = [ {
  "dmConversation" : {
    "conversationId" : "233890382-1153674767859441664",
    "messages" : [ {
      "messageCreate" : {
        "recipientId" : "233890382",
        "text" : "https://t.co/9rC43GohC3",
        "mediaUrls" : [ ],
        "senderId" : "1153674767859441664",
        "id" : "1210997979211083782",
        "createdAt" : "2019-12-28T18:56:32.210Z"
      }
    } ]
  }
} ]