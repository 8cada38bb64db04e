/**
 * The 256 words a reply secret is drawn from in English (docs/receiver-contract.md, "Replies").
 * Short, common and easy to write on paper; no two share their first four letters, so a word
 * written with its ending wrong still reads back (`mendSecret`); nothing about death, illness or
 * violence, because the person reading them may be in distress. The key derivation uses the words
 * themselves, not their places here: a secret stays readable if this list changes later (only the
 * mending of a miswritten word needs the word to be in the list).
 */
export const replyWordsEn: readonly string[] = `
acorn album amber apple apron atlas award badge bagel baker banjo barn beach bean bell bench
berry bike bird bloom blue boat book boots bowl bread brick brown brush bunny cabin cake camel
canoe cape card cat cedar chair chalk chess city clay clock cloth cloud coast coat cocoa coin
comet coral corn couch crab cream crown cup daisy dance desk diary dish door dove dream dress
drum duck dune eagle earth easel echo egg farm fence fern field fig finch flag flute fog fox
frog fruit gate gecko gift glass globe glove goat gold goose grape grass green grin harp hat
hazel heart hedge hill hippo honey hoop horse hotel house iris ivory jam jar jazz jelly jewel
juice kayak key kind kite kiwi koala lace lake lamb lamp lark leaf lemon lemur lily lime linen
lion llama lotus lunch mango maple maze melon mild milk mint moon moss mouse music nest north
nose oak oasis oats ocean olive onion opal orbit otter oven owl paint palm panda paper park
pasta peach pearl piano pine pink pizza plate plum pond pony poppy quail queen quilt quiz radio
rain raven rice robin robot roof rose ruby sail salad salt sand scarf seed sheep shell ship shoe
silk skate sky sled snail snow soap sock sofa song soup spice spoon star stone sugar sun swan
swing table taco taxi tea teal tent tiger tiny toast toy tray tulip tuna twig vase vest waffle
wagon water wave whale wheat wing wool wren yarn yoga yolk zebra zest zoo
`
  .trim()
  .split(/\s+/);
