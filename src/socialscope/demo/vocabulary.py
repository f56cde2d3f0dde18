"""Names and text templates the demo world draws from.

Personal (networking) texts talk to and about people; brand (marketing) texts promote,
with links, offers and calls to action. Comment templates carry a known sentiment so
sentiment models can be checked against the generator's intent.
"""

from __future__ import annotations

FIRST_NAMES = (
    "ana",
    "ben",
    "chloe",
    "dev",
    "elif",
    "farah",
    "gabe",
    "hana",
    "ivan",
    "jade",
    "kofi",
    "lena",
    "mateo",
    "nora",
    "omar",
    "priya",
    "quinn",
    "rosa",
    "sam",
    "tariq",
    "uma",
    "vik",
    "wen",
    "xena",
    "yusuf",
    "zoe",
    "aiko",
    "bruno",
    "carla",
    "dara",
    "emeka",
    "fern",
)
LAST_NAMES = (
    "silva",
    "okafor",
    "nguyen",
    "schmidt",
    "haddad",
    "kowalski",
    "ito",
    "mensah",
    "rossi",
    "larsen",
    "garcia",
    "patel",
    "novak",
    "murphy",
    "tanaka",
    "dubois",
    "cohen",
    "ali",
    "fischer",
    "moreau",
    "santos",
    "kim",
    "adeyemi",
    "berg",
)
INTERESTS = (
    "running",
    "photography",
    "gaming",
    "cooking",
    "startups",
    "travel",
    "music",
    "gardening",
    "football",
    "fashion",
    "climbing",
    "books",
    "film",
    "cycling",
    "coffee",
    "design",
)

# Brands: the user's own brand first, then competitors.
BRANDS = (
    ("acme", "Acme Outdoor"),
    ("globex", "Globex Gear"),
    ("initech", "Initech Sports"),
    ("umbrella", "Umbrella Active"),
)
BRAND_PLATFORMS = ("x", "instagram", "linkedin")
ORGANIZATIONS = (
    ("citynews", "City News"),
    ("trailmag", "Trail Magazine"),
    ("techdaily", "Tech Daily"),
    ("runclub", "Metro Run Club"),
    ("uni", "State University"),
    ("makerspace", "Makerspace"),
)

PERSONAL_POSTS = (
    "Great catching up with everyone at the {interest} meetup tonight!",
    "Anyone up for {interest} this weekend? Let me know",
    "Happy birthday to my favourite {interest} buddy, see you soon",
    "Thanks all for the kind words, feeling lucky to have friends like you",
    "Finally tried that {interest} spot you all recommended. Worth it",
    "Missing the old {interest} crew, we should plan a reunion",
    "Congrats on the new job! So proud of you",
    "Who else is going to the {interest} night on Friday?",
    "Lovely afternoon with family, back to {interest} tomorrow",
    "Does anyone have tips for getting started with {interest}?",
)
FRIEND_MENTIONS = (
    "Great time with @{handle} today, thanks for the {interest} tips",
    "@{handle} you have to see this, reminded me of our {interest} trip",
    "Shout out to @{handle} for organising the {interest} evening",
)
BRAND_MENTIONS_POSITIVE = (
    "Loving my new jacket from @{handle}, great quality",
    "Thank you @{handle}, the support team sorted my order fast. Amazing service",
    "@{handle} best boots I have owned, happy feet all weekend",
)
BRAND_MENTIONS_NEGATIVE = (
    "@{handle} my order is three weeks late and nobody answers. Terrible",
    "Really disappointed with @{handle}, the zip broke after one week",
    "@{handle} worst customer service ever, still waiting for my refund",
)
BRAND_MENTIONS_NEUTRAL = (
    "Does @{handle} ship to Canada?",
    "@{handle} when does the new collection come out?",
    "Comparing @{handle} with other brands for {interest} gear",
)
BRAND_POSTS = (
    "New season, new gear: shop the {collection} collection now {url}",
    "Save 20% this week only with code {code}. Shop now {url}",
    "Limited offer: free shipping on all {interest} gear. Buy today {url}",
    "Introducing the {collection} range, built for {interest}. Learn more {url}",
    "Our {collection} sale ends Sunday, don't miss out {url}",
    "Sign up for our newsletter and get 15% off your first order {url}",
    "Meet the team behind the {collection} line. Discover the story {url}",
)
COLLECTIONS = ("Summit", "Trailhead", "Aurora", "Basecamp", "Riverside", "Nimbus")
COMMENTS_POSITIVE = (
    "Love this!",
    "So good, thanks for sharing",
    "Amazing, well done",
    "This is great",
    "Beautiful photo, happy for you",
    "Fantastic news, congrats",
)
COMMENTS_NEGATIVE = (
    "This is disappointing",
    "Terrible idea honestly",
    "Not happy about this at all",
    "Awful, I expected better",
    "Sad to see this",
    "Worst update so far",
)
COMMENTS_NEUTRAL = (
    "Where is this?",
    "What time does it start?",
    "Is this available in blue?",
    "Which model is that?",
    "Sending this to my sister",
    "How much is it?",
)
BRAND_REPLIES = (
    "Thanks so much for the kind words!",
    "Sorry to hear that, please DM us your order number and we will fix it",
    "Great question, the details are on our website",
)
DEPARTMENTS = (
    "Engineering",
    "Sales",
    "Marketing",
    "Support",
    "Finance",
    "People",
    "Product",
    "Operations",
)
WORK_MESSAGES = (
    "Can you review the doc before the sync?",
    "Pushed the fix, can you check?",
    "Notes from today's meeting are in the folder",
    "Quick question about the quarterly numbers",
    "Thanks for the help yesterday!",
    "Are we still on for the planning session?",
    "Customer escalation, can you take a look?",
    "Draft of the launch plan attached",
)
