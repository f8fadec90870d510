using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Parsing.PlainText;

/// <summary>
/// Copied threads of several engines' shapes, found by the unit that repeats once per post (member panel, post
/// numbers, the name over them); hard-wrapped paragraphs rejoined; look-alikes that are not threads.
/// </summary>
public sealed class CopiedThreadTests
{
    [Test]
    public void A_phpBB_copy_gives_each_post_with_its_author()
    {
        const string Page = """
            Board index
            Trial of drug X
            4 posts • Page 1 of 1
            alice
            Posts: 3
            Joined: 2023-10-30 14:51
            Trial of drug X
            Quote
            #1 Post by alice » 2024-04-10 16:01
            The trial reported 23 of 49 improved on the drug.
            Top
            bob
            Posts: 668
            Joined: 2008-02-18 05:04
            Location: Banovce
            Re: Trial of drug X
            Quote
            #2 Post by bob » 2024-04-13 22:16
            alice wrote: ↑
            The trial reported 23 of 49 improved.
            That is 47%, not the half the press release claimed.
            Top
            All times are UTC
            """;

        var document = ClaimChecker.Parse(Page);

        document.Kind.Should().Be(DocumentKind.ForumThread);
        document.Posts.Select(p => p.Author).Should().Equal("alice", "bob");
        document.Posts[1].Blocks.Select(b => b.Kind).Should().Contain(BlockKind.QuotedPost);
        document.Posts[1].Blocks.Single(b => b.Kind == BlockKind.QuotedPost).QuotedSource.Should().Be("alice");
    }

    [Test]
    public void A_browser_copy_with_keys_over_their_values_gives_each_post()
    {
        const string Page = """
            Vitamin D and falls
            carol
            Well-known Member
            Joined
            Mar 14, 2019
            Messages
            1,006
            The meta-analysis pooled 12 trials with 9,000 people.

            dave
            Member
            Joined
            Jan 2, 2020
            Messages
            12
            Quote from: carol on March 3, 2024
            The meta-analysis pooled 12 trials.

            And the confidence interval was wide.
            erin
            Member
            Joined
            Feb 9, 2021
            Messages
            40
            Agreed.
            """;

        var document = ClaimChecker.Parse(Page);

        document.Kind.Should().Be(DocumentKind.ForumThread);
        document.Posts.Select(p => p.Author).Should().Equal("carol", "dave", "erin");
        document.Posts[1].Blocks.Should().Contain(b => b.Kind == BlockKind.QuotedPost && b.QuotedSource == "carol");
    }

    [Test]
    public void Reply_numbers_with_the_name_above_mark_the_posts()
    {
        const string Page = """
            Statins thread
            frank
            Reply #1
            Statins cut events by a quarter in that trial.
            grace
            Reply #2
            Originally Posted by frank
            Statins cut events by a quarter.

            Only in the high-risk group, though.
            frank
            Reply #3
            Fair point.
            """;

        var document = ClaimChecker.Parse(Page);

        document.Posts.Select(p => p.Author).Should().Equal("frank", "grace", "frank");
        document.Posts[1].Blocks.Should().Contain(b => b.Kind == BlockKind.QuotedPost && b.QuotedSource == "frank");
    }

    [Test]
    public void A_news_article_with_a_byline_and_a_date_stays_an_article()
    {
        const string Page = """
            Health News
            New drug halves migraine days, study finds
            By Jane Smith
            March 3, 2024
            Posts: 12
            A new trial of 400 patients found that the drug halved the number of migraine days per month compared with placebo.
            The researchers said larger trials are needed before the drug can be recommended for general use.
            """;

        var document = ClaimChecker.Parse(Page);

        document.Kind.Should().NotBe(DocumentKind.ForumThread);
        document.Posts.Should().ContainSingle();
    }

    [Test]
    public void A_numbered_list_is_not_a_thread()
    {
        const string Page = """
            Five findings from the trial
            #1
            The drug cut the risk of stroke by 20% over three years of follow-up in the whole cohort.
            #2
            Bleeding was more common on the drug, at 3.1% against 1.9% on placebo in the safety analysis.
            #3
            Adherence fell after the first year, which the authors say may have diluted the effect they saw.
            """;

        var document = ClaimChecker.Parse(Page);

        document.Kind.Should().NotBe(DocumentKind.ForumThread);
    }

    [Test]
    public void A_hard_wrapped_claim_stays_one_sentence_and_no_wrapped_line_is_dropped()
    {
        // A text browser's dump at 60 columns: the interval is broken by the wrap.
        const string Page = """
            Jump to
            Results of the trial
            The hazard ratio for death was 1.67 in the treated arm (95% CI
            0.65 to 4.34), which the authors described as a trend, not a
            finding, and the sample of 120 patients was small for that.
            Most patients completed the first six months of treatment in
            both arms of the study.
            All times are UTC
            """;

        var document = ClaimChecker.Parse(Page);

        var sentences = document.Posts.SelectMany(p => p.Blocks).SelectMany(b => b.Sentences).Select(s => s.Text).ToList();
        sentences.Should().Contain(s => s.Contains("95% CI") && s.Contains("0.65 to 4.34"));
        sentences.Should().Contain(s => s.Contains("both arms of the study"));
        sentences.Should().NotContain(s => s.Contains("All times are UTC") || s.Contains("Jump to"));
    }

    [Test]
    public void A_copy_with_the_name_over_a_date_and_no_member_panel_gives_each_post()
    {
        // Discourse-like: user name glued to the display name and title, a timeline of dates that names no one,
        // and a table of related topics whose cells are apart by tabs.
        const string Page = """
            Statins and memory
            May 2022
            1 / 3
            May 2022
            dr_okaforDr OkaforTrust Level 2
            May 2022

            The trial found 12 of 40 patients reported memory complaints on the drug.

            jsmithJ SmithMVP 2024
            5 months ago

            That is 30%, close to the placebo arm in the same paper.

            dr_okaforDr OkaforTrust Level 2
            2 days ago

            Thanks, I had missed the placebo arm.

            Related topics
            Statins and sleep	6	2.4k	Apr 2020
            """;

        var document = ClaimChecker.Parse(Page);

        document.Kind.Should().Be(DocumentKind.ForumThread);
        document.Posts.Select(p => p.Author).Should().Equal("dr_okafor", "jsmith", "dr_okafor");
        document.Posts[0].Blocks.Should().Contain(b => b.Text.Contains("12 of 40", StringComparison.Ordinal));
    }

    [Test]
    public void An_avatar_initial_glued_to_a_name_goes_when_the_page_prints_the_name_alone()
    {
        const string Page = """
            Vitamin D trial
            EEster
            3 days ago
            Has anyone read the new vitamin D trial of 2,000 people?
            Reply
            Bbob
            2 days ago
            Ester, the fracture rate did not differ between the arms.
            Reply
            """;

        var document = ClaimChecker.Parse(Page);

        document.Posts.Select(p => p.Author).Should().Equal("Ester", "Bbob");
    }

    [Test]
    public void A_post_shown_again_in_a_recent_comments_list_is_one_post()
    {
        const string Page = """
            Estimating tasks
            alice
            Sep 16, 2017
            Break the task into parts you have done before and add them up.
            Then add a margin for the parts you have never done.
            bob
            Sep 18, 2017
            A weighted average of best and worst cases works well enough here.
            It is the PERT estimate, and it is only as good as the cases.
            Recent comments in this topic:
            bob
            Sep 18, 2017
            A weighted average of best and worst cases works well enough here.
            alice
            Sep 16, 2017
            Break the task into parts you have done before and add them up.
            """;

        ClaimChecker.Parse(Page).Posts.Select(p => p.Author).Should().Equal("alice", "bob");
    }

    [Test]
    public void A_name_and_date_on_one_line_start_each_post()
    {
        const string Page = """
            Minimal forum
            demindiro - 2 years ago (last modified 2 years ago)
            The study enrolled 120 adults and followed them for a year.
            reply
            mariorojas - 1 year ago | thread
            yo
            reply
            """;

        ClaimChecker.Parse(Page).Posts.Select(p => p.Author).Should().Equal("demindiro", "mariorojas");
    }

    [TestCase("Results by week\nalice\n(4 days)\nThe drug cut pain scores by a third in the first week.\nbob\n(7 days)\nScores fell again by the second week of treatment.")]
    [TestCase("Table 2\nP value\n7 Months −5.2 (1.0) −0.2 (0.7)\nThe change in the first group was larger than in the second.\nP value\n7 Months −1.7 (0.2) −0.1 (0.2)\nThe second outcome moved in the same direction as the first.")]
    [TestCase("Media contacts\nPhoto - http://photos.example.org/prnh/20160504/363904\nThe trial enrolled 300 patients across nine sites in two years.\nLogo - http://photos.example.org/prnh/20151114/287412\nThe sponsor will present the full results at a meeting later.")]
    public void Counts_of_days_table_rows_and_addresses_are_no_dates_of_posts(string page)
    {
        ClaimChecker.Parse(page).Kind.Should().NotBe(DocumentKind.ForumThread);
    }

    [Test]
    public void A_text_browser_s_list_markers_and_image_stand_ins_are_no_part_of_a_name()
    {
        const string Page = """
            Vitamin D trial
              * alice
                5 months ago
            The trial randomised 2,000 people to vitamin D or placebo for five years.
            [avatar]
              * bob
                4 months ago
            Fractures were no rarer on vitamin D than on placebo in that trial.
            [avatar]
            """;

        ClaimChecker.Parse(Page).Posts.Select(p => p.Author).Should().Equal("alice", "bob");
    }

    [Test]
    public void The_name_over_a_member_title_is_the_author_when_each_member_has_a_title_of_their_own()
    {
        // Two members, each with a title of their own and an avatar's initial over the name: the title varies just
        // as much as the name; the name stands over it, the initial is no name.
        const string Page = """
            Magnesium and night cramps
            T
            Tom Reyes
            Junior Member
            Joined
            Mar 3, 2021
            Messages
            52
            The trial gave 400 mg a day for six weeks to 80 adults with night cramps.

            M
            Mia Lund
            Senior Member
            Joined
            Jan 9, 2015
            Messages
            4,210
            Cramps fell in both arms, by 1.2 and 1.0 a week, so the difference was small.

            T
            Tom Reyes
            Junior Member
            Joined
            Mar 3, 2021
            Messages
            53
            So the 20% fall in the press release is the drug arm alone?

            M
            Mia Lund
            Senior Member
            Joined
            Jan 9, 2015
            Messages
            4,211
            Yes, against its own baseline, not against placebo.
            """;

        ClaimChecker.Parse(Page).Posts.Select(p => p.Author).Should().Equal("Tom Reyes", "Mia Lund", "Tom Reyes", "Mia Lund");
    }

    [Test]
    public void A_reply_to_line_between_the_name_and_the_date_names_no_author()
    {
        // Discourse-like: a reply prints the member it answers, as the bare user name, under the replier's name line.
        const string Page = """
            Is the 12-week result real?
            ana_lopezAna LopezRegular
            May 2022

            The paper reports a fall of 8 mmHg at 12 weeks in 140 adults.

            ben_okoroBen OkoroLeader
            May 2022

            The fall was 8 mmHg on the drug and 5 on placebo, so 3 between the arms.

            ana_lopezAna LopezRegular
            May 2022

            Thanks, I had read the first figure only.

            ben_okoroBen OkoroLeader
              ana_lopez
            May 2022

            Glad it helped, that table is easy to misread.
            """;

        ClaimChecker.Parse(Page).Posts.Select(p => p.Author).Should().Equal("ana_lopez", "ben_okoro", "ana_lopez", "ben_okoro");
    }

    [Test]
    public void A_row_of_counts_before_an_activity_date_is_no_post_date()
    {
        // A text browser's table of related topics: title, category, poster, then replies, views and activity.
        const string Page = """
            Statins and memory
            dr_okafor
            May 2022
            The trial found 12 of 40 patients reported memory complaints on the drug.
            jsmith
            5 months ago
            That is 30%, close to the placebo arm in the same paper.
            Related topics
               Statins and sleep in older adults
               General
               questionstatins
               (BUTTON) 6 2.4k Apr 2020
               Does the new trial change the advice?
               News
               trialwatch
               (BUTTON) 12 980 11 days
            """;

        ClaimChecker.Parse(Page).Posts.Select(p => p.Author).Should().Equal("dr_okafor", "jsmith");
    }

    [Test]
    public void A_name_over_a_date_that_repeats_in_every_post_wins_over_a_member_card_shown_twice()
    {
        // NodeBB-like: every post has a name over a relative date; two members' cards ("Posts:" and "Reputation:")
        // are printed in full, the others not: the dated unit is the thread's.
        const string Page = """
            Coffee and atrial fibrillation
            kofi
            Posts: 120
            Reputation: 14
            3 years ago
            A cohort of 400,000 people found no rise in atrial fibrillation with coffee.
            lena
            3 years ago
            Cohorts cannot rule out that people with palpitations drink less coffee.
            marco
            3 years ago
            The randomised trial from last year found the same, with 100 people.
            kofi
            Posts: 121
            Reputation: 15
            2 years ago
            A hundred people is small for a rare outcome, though.
            priya
            2 years ago
            Small, yes, but it measured ectopic beats directly for two weeks.
            """;

        ClaimChecker.Parse(Page).Posts.Select(p => p.Author).Should().Equal("kofi", "lena", "marco", "kofi", "priya");
    }

    [Test]
    public void A_list_of_headlines_over_dates_is_no_thread()
    {
        // A news site's list: a short headline over its date and a one-line summary is the shape of a post, but the
        // headlines are no members.
        const string Page = """
            Latest news
            Statins and memory
            March 3, 2024
            A trial of 2,000 older adults found no effect of statins on memory over five years.
            Coffee and the heart
            March 2, 2024
            A cohort of 400,000 people found no rise in atrial fibrillation with coffee.
            Vitamin D and falls
            March 1, 2024
            Fractures were no rarer on vitamin D than on placebo in a trial of 25,000 people.
            """;

        ClaimChecker.Parse(Page).Kind.Should().NotBe(DocumentKind.ForumThread);
    }

    [Test]
    public void A_link_over_most_names_that_varies_only_at_the_top_is_no_name()
    {
        // Flarum-like text dump: a name over a relative date over the post number, with a link or a notice over
        // the name that varies more than the two names do, but not with them.
        const string Page = """
            Iron tablets and fatigue
            0 unread
            anna
            12 days ago
            Post #1 2024-05-15
            A trial of 200 women found less fatigue on iron after twelve weeks.
            anna replied
            ben
            11 days ago
            Post #2 2024-05-16
            Only in women whose ferritin was low at the start, as I read it.
            REPLY
            anna
            11 days ago
            Post #3 2024-05-16
            Right, the others saw no change at all.
            REPLY
            ben
            10 days ago
            Post #4 2024-05-17
            So the headline overstates it for most readers.
            """;

        ClaimChecker.Parse(Page).Posts.Select(p => p.Author).Should().Equal("anna", "ben", "anna", "ben");
    }

    [Test]
    public void An_image_stand_in_and_a_sub_list_marker_before_a_name_are_no_part_of_it()
    {
        // A text browser prints an avatar as "[alt]" glued before the name, and nested list items with "□".
        const string Page = """
            Iron tablets and fatigue
              • [a81f3]anna
              • 12 days ago
            A trial of 200 women found less fatigue on iron after twelve weeks.
                  □ ben
                  □ 11 days ago
            Only in women whose ferritin was low at the start, as I read it.
              • [a81f3]anna
              • 11 days ago
            Right, the others saw no change at all in the trial.
            """;

        ClaimChecker.Parse(Page).Posts.Select(p => p.Author).Should().Equal("anna", "ben", "anna");
    }

    [Test]
    public void A_post_and_its_member_s_card_with_one_handle_are_no_thread()
    {
        // A text browser's dump of a social page without scripts: one member's post, then the same member's card in
        // a sidebar; the handle repeats, the headings over it differ.
        const string Page = """
            JavaScript is not available.
            Please enable JavaScript to continue.
            Conversation
            [avatar]
            City Hospital
            @cityhospital
            Our trial of 300 patients found that the new drug cut readmissions by a fifth.
            Read the paper on our site.
            Related
            [avatar]
            City Hospital
            @cityhospital
            Follow
            The teaching hospital of the city, with news from our wards and our research.
            """;

        ClaimChecker.Parse(Page).Kind.Should().NotBe(DocumentKind.ForumThread);
    }

    [Test]
    public void A_name_with_its_counters_before_on_and_a_date_is_a_by_line_but_an_update_note_is_not()
    {
        const string Page = """
            Home
            Packages for the two themes
            Updated on January 7, 2016 in Deals
            Unfollow Follow
            dakachi 1 0 on May 25, 2015

            Today we cut the price of both packages by 20% for everyone who already owns a theme.

            Liked by
            Reply
            admin_demo 0 0 on January 7, 2016

            Does the 20% cut hold for the yearly plan as well, or only for new buyers?
            Related topics
            Spring sale ends soon
            """;

        ClaimChecker.Parse(Page).Posts.Select(p => p.Author).Should().Equal("dakachi", "admin_demo");
    }

    [Test]
    public void Counters_before_on_and_a_date_without_a_name_are_no_by_line()
    {
        const string Page = """
            Statins and memory
            dr_okafor
            May 2022
            The trial found 12 of 40 patients reported memory complaints on the drug.
            jsmith
            5 months ago
            That is 30%, close to the placebo arm in the same paper.
            Related topics
            Statins and sleep in older adults
            6 2 on Apr 3, 2020
            Does the new trial change the advice?
            12 9 on May 5, 2021
            """;

        ClaimChecker.Parse(Page).Posts.Select(p => p.Author).Should().Equal("dr_okafor", "jsmith");
    }
}
