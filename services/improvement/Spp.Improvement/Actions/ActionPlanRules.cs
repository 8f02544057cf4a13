using static Spp.Improvement.Actions.ActionPlanLimits;

namespace Spp.Improvement.Actions;

/// <summary>
/// Field rules of the plan's inputs. The API answers them with 400 and per-field errors; the grain
/// checks the same again (rule <c>action-plan-input-invalid</c>) so that no caller can store bad data.
/// </summary>
public static class ActionPlanRules
{
    public static Dictionary<string, string[]> Validate(ActionDraft draft)
    {
        var errors = new Dictionary<string, string[]>();
        Require(errors, "title", draft.Title, TitleLength);
        Optional(errors, "description", draft.Description, TextLength);
        Optional(errors, "successMeasure", draft.SuccessMeasure, MeasureTextLength);
        Optional(errors, "priority", draft.Priority, MeasureTextLength);
        Id(errors, "ownerId", draft.OwnerId);
        return errors;
    }

    public static Dictionary<string, string[]> Validate(ActionEdit edit)
    {
        var errors = new Dictionary<string, string[]>();
        if (edit.Title is not null)
        {
            Require(errors, "title", edit.Title, TitleLength);
        }

        Optional(errors, "description", edit.Description, TextLength);
        Optional(errors, "successMeasure", edit.SuccessMeasure, MeasureTextLength);
        Optional(errors, "priority", edit.Priority, MeasureTextLength);
        Id(errors, "ownerId", edit.OwnerId);
        if (edit is { Title: null, Description: null, OwnerId: null, DueOn: null, SuccessMeasure: null, Priority: null })
        {
            errors[string.Empty] = ["Give at least one field to change."];
        }

        return errors;
    }

    public static Dictionary<string, string[]> Validate(SupportProposal proposal)
    {
        var errors = new Dictionary<string, string[]>();
        Urn(errors, "fromUrn", proposal.FromUrn);
        Urn(errors, "toUrn", proposal.ToUrn);
        if (proposal.FromUrn == proposal.ToUrn && proposal.FromUrn > 0)
        {
            errors["toUrn"] = ["Support goes between two different schools."];
        }

        Id(errors, "actionId", proposal.ActionId);
        Require(errors, "description", proposal.Description, TextLength);
        return errors;
    }

    public static Dictionary<string, string[]> Validate(MeasureDefinition measure)
    {
        var errors = new Dictionary<string, string[]>();
        Require(errors, "name", measure.Name, MeasureTextLength);
        Id(errors, "actionId", measure.ActionId);
        Value(errors, "baseline.value", measure.Baseline.Value);
        Value(errors, "target.value", measure.Target.Value);
        if (measure.Target.On <= measure.Baseline.On)
        {
            errors["target.on"] = ["The target date must come after the baseline date."];
        }

        return errors;
    }

    public static Dictionary<string, string[]> Validate(ReadingInput reading)
    {
        var errors = new Dictionary<string, string[]>();
        Value(errors, "value", reading.Value);
        Optional(errors, "note", reading.Note, NoteLength);
        return errors;
    }

    public static Dictionary<string, string[]> Validate(FeedbackInput feedback)
    {
        var errors = new Dictionary<string, string[]>();
        Require(errors, "text", feedback.Text, TextLength);
        return errors;
    }

    /// <summary>An optional note on a status update.</summary>
    public static Dictionary<string, string[]> ValidateNote(string? note)
    {
        var errors = new Dictionary<string, string[]>();
        Optional(errors, "note", note, NoteLength);
        return errors;
    }

    private static void Require(Dictionary<string, string[]> errors, string field, string? text, int max)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors[field] = ["Required."];
        }
        else
        {
            Optional(errors, field, text, max);
        }
    }

    private static void Optional(Dictionary<string, string[]> errors, string field, string? text, int max)
    {
        if (text is null)
        {
            return;
        }

        if (text.Length > max)
        {
            errors[field] = [$"Use at most {max} characters."];
        }
        else if (text != text.Trim())
        {
            errors[field] = ["Remove spaces at the start and end."];
        }
    }

    private static void Id(Dictionary<string, string[]> errors, string field, Guid? id)
    {
        if (id == Guid.Empty)
        {
            errors[field] = ["Give a non-empty id."];
        }
    }

    private static void Urn(Dictionary<string, string[]> errors, string field, int urn)
    {
        if (urn is <= 0 or > 9_999_999)
        {
            errors[field] = ["Give a school URN (a positive number of up to 7 digits)."];
        }
    }

    private static void Value(Dictionary<string, string[]> errors, string field, decimal value)
    {
        if (Math.Abs(value) > MaxValue)
        {
            errors[field] = [$"Use a value between -{MaxValue} and {MaxValue}."];
        }
    }
}
